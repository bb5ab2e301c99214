"""The materials' step on a new member's "get started" page (community.members.get_started)."""

from django.utils.translation import gettext_lazy as _

from community.materials.models import PracticeMaterial
from community.members.get_started import Step, register
from community.moderation.models import Status


def shared_a_material(user):
    """A material waiting for a moderator counts: the member has done their part."""
    return PracticeMaterial.objects.filter(author=user).exclude(status=Status.REMOVED).exists()


register(
    "share_material",
    Step(
        order=30,
        title=_("Share a material"),
        text=_(
            "A form, a checklist, slides: something that helps you in your daily work may "
            "help a colleague too. You choose whether only members or everyone may see it."
        ),
        action=_("Share a material"),
        done_action=_("Share another material"),
        url_name="materials:upload",
        is_done=shared_a_material,
    ),
)
