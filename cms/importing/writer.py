"""Pages from checked lines: created or updated, translated, published, and remembered by key.

A source line makes a page under its index; a translation line makes a Wagtail translation of
its source's page (same translation key, created with ``copy_for_translation`` under the
translation of the source's parent), so the language switcher, hreflang links and
wagtail-localize see the versions as one page. Fields shared by all languages (dates, types,
numbers: wagtail-localize's synchronised fields) always come from the source.
"""

from django.core.exceptions import ValidationError
from django.core.files import File
from django.core.files.images import ImageFile
from django.utils.translation import gettext as _

from wagtail.coreutils import find_available_slug
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, Site

from cms.choices import RESOURCE_KINDS
from cms.importing.lines import COMMON, FIELDS, MODELS, LineError
from cms.models import (
    ArticleIndexPage,
    EventIndexPage,
    HomePage,
    ImportedPage,
    ProjectPage,
    PublicationFile,
    PublicationIndexPage,
    ResourceCentrePage,
)
from core.text import ascii_slug
from core.translation import publish, synchronised_fields, translation_for

CREATED, UPDATED, UNCHANGED = "created", "updated", "unchanged"
COLLECTION_NAME = "Imported"
PARENT_MODELS = {
    "article": (ArticleIndexPage, ResourceCentrePage),
    "event": (EventIndexPage,),
    "publication": (PublicationIndexPage,),
}
# Set by their own code rather than copied as plain values.
SPECIAL_FIELDS = {"slug", "tags", "files", "listing_image", "cover", "project"}


def type_of(page):
    """The import type of a page ("article"…), or its model's name for other pages."""
    return next(
        (name for name, model in MODELS.items() if isinstance(page, model)), page._meta.model_name
    )


def plain_fields(page_type):
    mapped = {model_field for model_field, _parse in {**COMMON, **FIELDS[page_type]}.values()}
    return sorted(mapped - SPECIAL_FIELDS)


class Writer:
    def __init__(self):
        self.locales = {locale.language_code: locale for locale in Locale.objects.all()}
        self.stored_files = []
        self.new_media = []  # images and documents made for the current line
        self.warnings = []

    # Files -----------------------------------------------------------------------------

    def end_line(self, keep_files):
        """Forget the line's files; delete them if it failed or was a dry run."""
        if not keep_files:
            for storage, name in self.stored_files:
                storage.delete(name)
        self.stored_files = []
        self.new_media = []

    def _collection(self):
        collection = Collection.objects.filter(name=COLLECTION_NAME, depth=2).first()
        if collection is None:
            collection = Collection.get_first_root_node().add_child(name=COLLECTION_NAME)
        return collection

    def _store(self, obj, path, content):
        obj.file.save(path.name, content, save=False)
        self.stored_files.append((obj.file.storage, obj.file.name))

    def document(self, path, sha1, title):
        """The library's document with this content, or a new one in the Imported collection."""
        Document = get_document_model()
        document = Document.objects.filter(file_hash=sha1).first()
        if document is None:
            document = Document(
                title=title,
                collection=self._collection(),
                file_hash=sha1,
                file_size=path.stat().st_size,
            )
            with path.open("rb") as handle:
                self._store(document, path, File(handle))
            document.save()
            self.new_media.append(document)
        return document

    def image(self, path, sha1, title):
        Image = get_image_model()
        image = Image.objects.filter(file_hash=sha1).first()
        if image is None:
            with path.open("rb") as handle:
                content = ImageFile(handle, name=path.name)
                if not content.width:
                    raise LineError(_("%(path)s is not an image") % {"path": path.name})
                image = Image(
                    title=title,
                    collection=self._collection(),
                    width=content.width,
                    height=content.height,
                    file_hash=sha1,
                    file_size=path.stat().st_size,
                )
                self._store(image, path, content)
            image.save()
            self.new_media.append(image)
        return image

    # Where pages go --------------------------------------------------------------------

    def _home(self, locale):
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        home = site.root_page.get_translation_or_none(locale) if site else None
        return home or HomePage.objects.filter(locale=locale).first()

    def parent_for(self, line, locale):
        """A fresh copy of the index the page belongs under (never cached: see treebeard)."""
        models = PARENT_MODELS[line.type]
        kind = line.values.get("kind", "news")
        home = self._home(locale)
        if line.parent:
            candidates = [
                page
                for model in models
                for page in model.objects.filter(locale=locale, slug=line.parent)
            ]
            if len(candidates) > 1 and home is not None:
                candidates = [page for page in candidates if page.is_descendant_of(home)]
            if len(candidates) != 1:
                raise LineError(
                    _("unknown parent %(slug)r: no single %(index)s with that slug in %(locale)s")
                    % {
                        "slug": line.parent,
                        "index": " / ".join(str(m._meta.verbose_name) for m in models),
                        "locale": locale.language_code,
                    }
                )
            parent = candidates[0]
        else:
            model = ResourceCentrePage if kind in RESOURCE_KINDS else models[0]
            pages = model.objects.filter(locale=locale)
            if home is not None:
                pages = pages.descendant_of(home)
            parent = pages.order_by("path").first()
            if parent is None:
                raise LineError(
                    _("there is no %(index)s in %(locale)s to put the page in")
                    % {"index": model._meta.verbose_name, "locale": locale.language_code}
                )
        if isinstance(parent, ResourceCentrePage) and kind not in RESOURCE_KINDS:
            raise LineError(
                _("the %(index)s lists only methodology, manuals and good practice, not %(kind)r")
                % {"index": parent._meta.verbose_name, "kind": kind}
            )
        return parent

    def _project(self, line, locale):
        slug = line.values.get("project")
        project = ProjectPage.objects.filter(locale=locale, slug=slug).first()
        if project is None:
            raise LineError(
                _("unknown project %(slug)r in %(locale)s")
                % {"slug": slug, "locale": locale.language_code}
            )
        return project

    # Writing ---------------------------------------------------------------------------

    def write(self, line, source=None):
        """Create or update the line's page; returns (status, page)."""
        locale = self.locales[line.locale]
        record = ImportedPage.objects.filter(key=line.key).select_related("page").first()
        page = record.page.specific if record else None
        if page is not None:
            self._check_record(line, page, locale, source)
            if record.digest == line.digest:
                return UNCHANGED, page
        if source is None:
            status, page = self._write_source(line, locale, page)
        else:
            status, page = self._write_translation(line, locale, page, source)
        ImportedPage.objects.update_or_create(
            key=line.key, defaults={"page": page, "digest": line.digest}
        )
        return status, page

    def _check_record(self, line, page, locale, source):
        if not isinstance(page, line.model):
            raise LineError(
                _("key %(key)r was imported with type %(type)s: a key cannot change type")
                % {"key": line.key, "type": type_of(page)}
            )
        if page.locale_id != locale.pk:
            raise LineError(
                _("key %(key)r was imported in another locale: a key cannot change locale")
                % {"key": line.key}
            )
        if source is not None and page.translation_key != source.translation_key:
            raise LineError(
                _("key %(key)r was imported as a page of its own, not as a translation of %(of)r")
                % {"key": line.key, "of": line.translation_of}
            )

    def _write_source(self, line, locale, page):
        parent = self.parent_for(line, locale)
        creating = page is None
        if creating:
            page = line.model(locale=locale, live=False)
        elif page.get_parent().pk != parent.pk:
            page.move(parent, pos="last-child")
            page = page.__class__.objects.get(pk=page.pk)
        defaults = line.model()
        for name in plain_fields(line.type):
            setattr(page, name, line.values.get(name, getattr(defaults, name)))
        if "slug" in line.values:
            page.slug = line.values["slug"]
        elif creating:
            page.slug = find_available_slug(parent, ascii_slug(page.title))
        if "project" in line.values:
            page.project = self._project(line, locale)
        self._set_media_and_tags(line, page)
        if line.files:
            self._set_files(line, page)
        if creating:
            parent.add_child(instance=page)
        self._publish(page)
        return (CREATED if creating else UPDATED), page

    def _write_translation(self, line, locale, page, source):
        if not isinstance(source, line.model):
            raise LineError(
                _("“translation_of” %(key)r is of type %(type)s, not %(expected)s")
                % {"key": line.translation_of, "type": type_of(source), "expected": line.type}
            )
        if source.locale_id == locale.pk:
            raise LineError(_("a translation must be in another locale than its source"))
        if line.files:
            raise LineError(
                _("“files” are shared by all languages: give them on the source's line (%(key)s)")
                % {"key": line.translation_of}
            )
        parent = source.get_parent().get_translation_or_none(locale)
        if parent is None:
            raise LineError(
                _("the source's section %(title)r has no %(locale)s version yet")
                % {"title": source.get_parent().title, "locale": locale.language_code}
            )
        if line.parent and line.parent != parent.slug:
            raise LineError(
                _("“parent” must be %(slug)r: a translation goes under its source's section")
                % {"slug": parent.slug}
            )
        creating = page is None
        if creating:
            page = self._new_translation(line, locale, source)
        elif page.get_parent().pk != parent.pk:
            page.move(parent.specific, pos="last-child")
            page = page.__class__.objects.get(pk=page.pk)

        synchronised, defaults = synchronised_fields(line.model), line.model()
        for name in plain_fields(line.type):
            if name in synchronised:
                value = getattr(source, name)
                self._warn_if_different(line, name, line.values.get(name, value), value)
            else:
                value = line.values.get(name, getattr(defaults, name))
            setattr(page, name, value)
        if hasattr(page, "project_id"):
            self._sync_project(line, locale, page, source)
        if "slug" in line.values:
            page.slug = line.values["slug"]
        elif creating:
            page.slug = find_available_slug(parent, ascii_slug(page.title), ignore_page_id=page.pk)
        for name in ("listing_image", "cover"):
            if hasattr(page, name):
                setattr(page, f"{name}_id", getattr(source, f"{name}_id"))
        self._set_media_and_tags(line, page)
        if hasattr(page, "files"):
            source.copy_child_relation("files", page)
        self._publish(page)
        return (CREATED if creating else UPDATED), page

    def _new_translation(self, line, locale, source):
        existing = Page.objects.filter(translation_key=source.translation_key, locale=locale)
        existing = existing.select_related("import_record").first()
        if existing is None:
            return translation_for(source, locale)[0]
        record = getattr(existing, "import_record", None)
        if record is not None:
            raise LineError(
                _("the %(locale)s version of %(of)r already comes from the line with key %(key)r")
                % {"locale": locale.language_code, "of": line.translation_of, "key": record.key}
            )
        if existing.alias_of_id is None:
            raise LineError(
                _("%(of)r already has a %(locale)s version made in the admin (page %(id)s)")
                % {"of": line.translation_of, "locale": locale.language_code, "id": existing.pk}
            )
        return translation_for(source, locale)[0]

    def _sync_project(self, line, locale, page, source):
        if "project" in line.values:
            given = self._project(line, locale)
            if given.translation_key != getattr(source.project, "translation_key", None):
                kept = source.project.slug if source.project_id else "–"
                self._warn_if_different(line, "project", given.slug, kept)
        page.project_id = source.project_id

    def _warn_if_different(self, line, name, given, kept):
        if given != kept:
            self.warnings.append(
                (
                    line.number,
                    _(
                        "“%(field)s” is shared by all languages: the source's value %(kept)s "
                        "is kept, not %(given)s"
                    )
                    % {"field": line.name_of(name), "kept": kept, "given": given},
                )
            )

    def _set_media_and_tags(self, line, page):
        for name, (path, sha1) in line.images.items():
            setattr(page, name, self.image(path, sha1, line.values.get("title") or page.title))
        if hasattr(page, "tags"):
            page.tags.set(line.values.get("tags", []))

    def _set_files(self, line, page):
        files = []
        for index, (language, (path, sha1)) in enumerate(sorted(line.files.items())):
            title = f"{page.title} ({language.upper()})"
            publication_file = PublicationFile(
                language=language, document=self.document(path, sha1, title), sort_order=index
            )
            try:
                publication_file.full_clean(exclude=["page"])
            except ValidationError as error:
                raise LineError(
                    _("“files.%(language)s”: %(reason)s")
                    % {"language": language, "reason": " ".join(error.messages)}
                ) from None
            files.append(publication_file)
        page.files = files

    def _publish(self, page):
        publish(page)
