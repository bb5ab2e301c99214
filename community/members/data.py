"""Everything a member has given us, in one zip file; and erasing it when they leave.

Each community app answers for its own models in `community.<app>.personal_data`
(`export`, `files`, `erase`); an app that has none yet is skipped.
"""

import importlib
import json
import tempfile
import zipfile

from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.utils import timezone

APPS = ("members", "materials", "discussions", "comments", "moderation")
FORMAT_VERSION = 1


def personal_data_modules():
    for app in APPS:
        name = f"community.{app}.personal_data"
        try:
            yield app, importlib.import_module(name)
        except ModuleNotFoundError as error:
            if error.name != name:
                raise


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
    order = [app for app in APPS if app != "members" and app in modules] + ["members"]
    with transaction.atomic():
        for app in order:
            modules[app].erase(user, keep_files)
        user.delete()
