"""The demo site in Bulgarian, English and Romanian: `manage.py load_demo` (see demo.loader)."""
