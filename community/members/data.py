"""Everything a member has given us, in one zip file; and erasing it when they leave.

Each app answers for its own models in a `personal_data` module (`export`, `files`,
`erase`) listed in settings.PERSONAL_DATA_MODULES: apps outside community (directory
claims) take part without community importing them. An app's part of the export is named
after the app's package ("members", "claims").
"""

import importlib
import json
import tempfile
import zipfile

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.utils import timezone

FORMAT_VERSION = 1


def personal_data_modules():
    """(app, module) for each module in settings.PERSONAL_DATA_MODULES, in that order."""
    found = {}
    for path in settings.PERSONAL_DATA_MODULES:
        app = path.rsplit(".", 2)[-2]
        if app in found:
            raise ImproperlyConfigured(f"PERSONAL_DATA_MODULES: two apps are named {app!r}")
        found[app] = importlib.import_module(path)
    return list(found.items())


def export_data(user):
    data = {"format": FORMAT_VERSION, "exported_at": timezone.now()}
    for app, module in personal_data_modules():
        data[app] = module.export(user)
    return data


def build_export(user):
    """A temporary file holding the zip: data.json and files/<app>/..."""
    archive = tempfile.TemporaryFile()
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as bundle:
        payload = json.dumps(export_data(user), cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)
        bundle.writestr("data.json", payload)
        used = set()
        for app, module in personal_data_modules():
            for arcname, file in module.files(user):
                target = unique_name(f"files/{app}/{arcname.lstrip('/')}", used)
                try:
                    file.open("rb")
                except FileNotFoundError:
                    continue
                try:
                    with bundle.open(target, "w") as output:
                        for chunk in file.chunks():
                            output.write(chunk)
                finally:
                    file.close()
    archive.seek(0)
    return archive


def unique_name(name, used):
    candidate, number = name, 1
    while candidate in used:
        stem, dot, ext = name.rpartition(".")
        candidate = f"{stem}-{number}.{ext}" if dot else f"{name}-{number}"
        number += 1
    used.add(candidate)
    return candidate


def erase_account(user, keep_files):
    """Anonymise what the member wrote, delete what is private to them, then the user."""
    modules = dict(personal_data_modules())
    order = [app for app in modules if app != "members"] + ["members"]
    with transaction.atomic():
        for app in order:
            modules[app].erase(user, keep_files)
        user.delete()
