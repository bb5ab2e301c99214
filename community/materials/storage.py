"""Where members' files live: outside MEDIA_ROOT, with no public URL.

The web server never serves this folder; every file goes out through
`community.materials.views.download`, which checks who may see it.
"""

import os

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.utils.deconstruct import deconstructible
from django.utils.functional import cached_property


@deconstructible
class PrivateStorage(FileSystemStorage):
    @cached_property
    def base_location(self):
        return self._value_or_setting(self._location, settings.PRIVATE_MEDIA_ROOT)

    @cached_property
    def location(self):
        return os.path.abspath(self.base_location)

    def url(self, name):
        raise ValueError("Private files have no URL; link to the download view instead.")

    def _clear_cached_properties(self, setting, **kwargs):
        # Django's storage forgets MEDIA_ROOT when a test changes it; this one forgets its own.
        super()._clear_cached_properties(setting, **kwargs)
        if setting == "PRIVATE_MEDIA_ROOT":
            self.__dict__.pop("base_location", None)
            self.__dict__.pop("location", None)


private_storage = PrivateStorage()
