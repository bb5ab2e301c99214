"""What the accessibility statement takes from the code: the axe-core version it names.

The statement (demo/data/cms/pages/04-accessibility.yaml) describes the checks in
tests/browser/test_accessibility.py; when they change (another axe-core version, more pages),
its text changes with them. It writes the version as ``{axe_version}``. The structure follows
the EU model statement (Commission Implementing Decision (EU) 2018/1523).
"""

# The axe-core release pinned in package.json; a browser test keeps the two in step.
AXE_VERSION = "4.14.1"
PLACEHOLDERS = {"{axe_version}": AXE_VERSION}


def fill_in(value):
    """``value`` with the placeholders in its texts replaced, wherever they are written."""
    if isinstance(value, str):
        for placeholder, replacement in PLACEHOLDERS.items():
            value = value.replace(placeholder, replacement)
        return value
    if isinstance(value, dict):
        return {key: fill_in(item) for key, item in value.items()}
    if isinstance(value, list):
        return [fill_in(item) for item in value]
    return value
