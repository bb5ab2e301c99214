"""What PostgreSQL needs for searches to stay fast as the index grows, and longer region codes.

Wagtail's database backend matches `(title || body) @@ query` in its own index table and joins
the rows it finds to ours on `id::varchar(50)`. Without an index on either expression every
search reads both tables whole (bench/README.md, "Search latency"). The first index is on
Wagtail's table, so it is made here by hand, and only on PostgreSQL: the other databases'
backends search differently.
"""

from django.db import migrations, models
from django.db.models.functions import Cast

TITLE_BODY_INDEX = "site_search_indexentry_title_body"


def create_title_body_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {TITLE_BODY_INDEX} "
            "ON wagtailsearch_indexentry USING gin ((title || body))"
        )


def drop_title_body_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {TITLE_BODY_INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("site_search", "0001_initial"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [
        migrations.AlterField(
            model_name="searchentry",
            name="region",
            field=models.CharField(blank=True, max_length=40),
        ),
        migrations.AddIndex(
            model_name="searchentry",
            index=models.Index(
                Cast("id", output_field=models.CharField(max_length=50)),
                name="searchentry_id_as_text",
            ),
        ),
        migrations.RunPython(create_title_body_index, drop_title_body_index),
    ]
