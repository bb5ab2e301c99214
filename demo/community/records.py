"""The community's demo records, read from demo/data/community/ and checked field by field.

- ``members/``: one member per file, the profile in the member's own language;
- ``categories/``: one discussion category per file, in three languages;
- ``materials/``: one practice material per file, in its author's language;
- ``threads/``: one discussion per file, with its posts;
- ``comments/``: the comments under one demo page per file, with members' reports of them.

What members write stays in the language they wrote it in (``language``); only the categories
are translated. File names start with a number: records are made in that order. The checks
(``demo.directory.records.check``) name the file and the place of a misspelt field, an
unknown member or a value outside the model's choices.
"""

from functools import cache

from django.conf import settings

from community.materials.choices import Topic
from community.members.models import MemberProfession, Profile
from community.moderation.models import FlagReason, Status
from core.choices import REGION_LABELS, Country, Licence, Profession
from demo.data import DemoDataError
from demo.directory.records import SLUG, TEXT, Matching, Optional, read_folder

LANGUAGE = tuple(code for code, _name in settings.LANGUAGES)
# The kind of file made for a material, and what it is made from.
FILE_SOURCES = {"pdf": "body", "docx": "body", "odt": "body", "xlsx": "rows", "png": "chart"}
PAGES = ("article", "event", "publication")

MEMBER = {
    "key": Matching(r"^[a-z]+$", "a username in lower-case letters"),
    "days_ago": int,
    "trusted": bool,
    "moderator": Optional(bool),
    "profile": {
        "display_name": str,
        "profession": MemberProfession,
        "organisation": str,
        "country": Country,
        "district": tuple(REGION_LABELS),
        "languages": [LANGUAGE],
        "language": LANGUAGE,
        "bio": str,
        "public_fields": [Profile.PUBLIC_CHOICES],
    },
}
CATEGORY = {"key": SLUG, "name": TEXT, "slug": TEXT, "description": TEXT}


def material_schema(members):
    return {
        "author": members,
        "language": LANGUAGE,
        "title": str,
        "description": str,
        "topic": Topic,
        "target_group": Profession,
        "licence": Licence,
        "public": bool,
        "status": Optional(Status),
        "tags": [str],
        "file": Matching(
            rf"^[a-z0-9-]+\.({'|'.join(FILE_SOURCES)})$",
            "a file name ending in ." + ", .".join(FILE_SOURCES),
        ),
        "body": Optional([str]),
        "rows": Optional([[str]]),
        "chart": Optional({"values": [int], "labels": [str]}),
    }


def thread_schema(members, categories):
    return {
        "category": categories,
        "language": LANGUAGE,
        "title": str,
        "author": members,
        "days_ago": int,
        "pinned": Optional(bool),
        "locked": Optional(bool),
        "posts": [{"author": members, "hours": int, "quotes": Optional(int), "body": str}],
    }


def comments_schema(members):
    return {
        "page": PAGES,
        "comments": [
            {
                "author": members,
                "language": LANGUAGE,
                "body": str,
                "reports": Optional([{"reporter": members, "reason": FlagReason, "note": str}]),
            }
        ],
    }


@cache
def people():
    """{username: member record}, in file order."""
    return {record["key"]: record for _path, record in read_folder("community/members", MEMBER)}


@cache
def categories():
    """{key: {name, slug, description}} with a text per language, in file order."""
    return {
        record["key"]: {name: value for name, value in record.items() if name != "key"}
        for _path, record in read_folder("community/categories", CATEGORY)
    }


@cache
def materials():
    records = []
    for path, record in read_folder("community/materials", material_schema(tuple(people()))):
        kind = record["file"].rsplit(".", 1)[1]
        if {"body", "rows", "chart"} & set(record) != {FILE_SOURCES[kind]}:
            problem = f"a .{kind} file is made from {FILE_SOURCES[kind]} (and nothing else)"
            raise DemoDataError(path, "file", problem)
        records.append(record)
    return tuple(records)


@cache
def threads():
    schema = thread_schema(tuple(people()), tuple(categories()))
    records = []
    for path, record in read_folder("community/threads", schema):
        for number, post in enumerate(record["posts"], 1):
            if "quotes" in post and not 0 < post["quotes"] < number:
                raise DemoDataError(
                    path, f"posts[{number - 1}].quotes", "must be the number of an earlier post"
                )
        records.append(record)
    return tuple(records)


@cache
def comments():
    """[(page, comment)] in file order: page is article, event or publication."""
    return tuple(
        (record["page"], comment)
        for _path, record in read_folder("community/comments", comments_schema(tuple(people())))
        for comment in record["comments"]
    )


READERS = (people, categories, materials, threads, comments)


def read_everything(again=False):
    """Every file in demo/data/community/, read and checked (``again``: not from memory)."""
    if again:
        for reader in READERS:
            reader.cache_clear()
    return [reader() for reader in READERS]
