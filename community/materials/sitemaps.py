"""Public, published materials in the sitemap, each under its own language's prefix."""

from django.contrib.sitemaps import Sitemap
from django.utils import translation

from community.materials.models import PracticeMaterial


class MaterialSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.4

    def items(self):
        return (
            PracticeMaterial.objects.filter(PracticeMaterial.visible_q(), public=True)
            .only("pk", "title", "language", "updated_at")
            .order_by("pk")
        )

    def location(self, material):
        with translation.override(material.language):
            return material.get_absolute_url()

    def lastmod(self, material):
        return material.updated_at
