"""One import run: read the file, order the lines, write each in its own transaction.

Sources are written before their translations, whatever the order in the file. A line that
fails is rolled back on its own (a savepoint) and reported with its number; the others go on.
A dry run does the same inside one transaction that is rolled back at the end.
"""

import json
import time
from dataclasses import dataclass, field
from pathlib import Path

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from cms.importing.lines import LineError, combined_digest, parse_line
from cms.importing.writer import CREATED, UNCHANGED, UPDATED, Writer
from cms.models import ImportedPage
from core.indexing import deferred_indexing, index_on_commit


@dataclass
class Result:
    lines: int = 0
    counts: dict = field(default_factory=lambda: {CREATED: 0, UPDATED: 0, UNCHANGED: 0})
    errors: list = field(default_factory=list)  # (line number, reason)
    warnings: list = field(default_factory=list)  # (line number, message)
    seconds: float = 0.0

    @property
    def failed(self):
        return len(self.errors)


def describe(error, line=None):
    """A validation error as one sentence naming the fields as the line names them."""
    if not hasattr(error, "error_dict"):
        return _("invalid: %(errors)s") % {"errors": " ".join(error.messages)}
    parts = []
    for name, messages in error.message_dict.items():
        text = " ".join(messages)
        if name == NON_FIELD_ERRORS:
            parts.append(text)
        else:
            parts.append(f"{line.name_of(name) if line else name}: {text}")
    return _("invalid: %(errors)s") % {"errors": "; ".join(parts)}


def _key_of(text):
    try:
        key = json.loads(text).get("key")
    except (ValueError, AttributeError):
        return None
    return key.strip() if isinstance(key, str) else None


class Import:
    def __init__(self, path, *, dry_run=False, base_url="", progress=None):
        self.path = Path(path)
        self.dry_run = dry_run
        self.base_url = base_url
        self.progress = progress or (lambda items, total: items)
        self.result = Result()
        self.failed_keys = {}  # key: line number
        self.written = {}  # key: (page, digest)

    def run(self):
        started = time.monotonic()
        lines = self.read()
        ordered = self.order(lines)
        if self.dry_run:
            with transaction.atomic():
                self.write_all(ordered)
                transaction.set_rollback(True)
        else:
            self.write_all(ordered)
        self.result.errors.sort(key=lambda error: error[0])
        self.result.warnings.sort(key=lambda warning: warning[0])
        self.result.seconds = time.monotonic() - started
        return self.result

    def fail(self, number, reason, key=None):
        self.result.errors.append((number, reason))
        if key:
            self.failed_keys.setdefault(key, number)

    def read(self):
        """Parse every line; the ones that cannot be parsed are reported here."""
        lines, first_use = [], {}
        with self.path.open("rb") as handle:
            for number, raw in enumerate(handle, start=1):
                if not raw.strip():
                    continue
                self.result.lines += 1
                try:
                    text = raw.decode("utf-8-sig" if number == 1 else "utf-8")
                except UnicodeDecodeError:
                    self.fail(number, _("not UTF-8 text"))
                    continue
                try:
                    line = parse_line(number, text, self.path.parent, self.base_url)
                except LineError as error:
                    # Its translations then say why they cannot be imported either.
                    self.fail(number, str(error), _key_of(text))
                    continue
                if line.key in first_use:
                    self.fail(
                        number,
                        _("key %(key)r is already used on line %(line)d")
                        % {"key": line.key, "line": first_use[line.key]},
                    )
                    continue
                first_use[line.key] = number
                lines.append(line)
        return lines

    def order(self, lines):
        """Sources first, then translations; a translation of a translation gets the source."""
        by_key = {line.key: line for line in lines}
        ordered = [line for line in lines if not line.translation_of]
        for line in lines:
            if not line.translation_of:
                continue
            current, seen = line, {line.key}
            while (
                current.translation_of in by_key and by_key[current.translation_of].translation_of
            ):
                current = by_key[current.translation_of]
                if current.key in seen:
                    self.fail(line.number, _("“translation_of” goes round in a circle"), line.key)
                    break
                seen.add(current.key)
            else:
                line.source_key = current.translation_of
                ordered.append(line)
        return ordered

    def source_of(self, line):
        """The page a translation line translates, and the digest it carries."""
        key = line.source_key
        if key in self.written:
            return self.written[key]
        if key in self.failed_keys:
            raise LineError(
                _("its source %(key)r (line %(line)d) could not be imported")
                % {"key": key, "line": self.failed_keys[key]}
            )
        record = ImportedPage.objects.filter(key=key).select_related("page").first()
        if record is None:
            raise LineError(
                _("“translation_of” %(key)r is neither a key in this file nor an imported page")
                % {"key": line.translation_of}
            )
        return record.page.specific, record.digest

    def write_all(self, lines):
        writer = Writer()
        with deferred_indexing():
            for line in self.progress(lines, len(lines)):
                status = self.write_line(writer, line)
                if status:
                    self.result.counts[status] += 1
                writer.end_line(keep_files=bool(status) and not self.dry_run)
        self.result.warnings.extend(writer.warnings)

    def write_line(self, writer, line):
        """Write one line in its own transaction; returns its status, or None if it failed."""
        try:
            with transaction.atomic():
                source = None
                if line.source_key:
                    source, source_digest = self.source_of(line)
                    line.digest = combined_digest(line.digest, source_digest)
                status, page = writer.write(line, source)
                if status != UNCHANGED:
                    index_on_commit([page, *writer.new_media])
        except LineError as error:
            self.fail(line.number, str(error), line.key)
        except ValidationError as error:
            self.fail(line.number, describe(error, line), line.key)
        except Exception as error:  # noqa: BLE001 - one broken page must not stop the rest
            reason = f"{type(error).__name__}: {error}"
            self.fail(line.number, _("unexpected error: %(error)s") % {"error": reason}, line.key)
        else:
            self.written[line.key] = (page, line.digest)
            return status
        return None
