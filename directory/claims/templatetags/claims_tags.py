"""The member actions on a provider page, safe for the anonymous page cache.

A reader without a session cookie gets the "log in" hint without the session being read
(see community.members.templatetags.members_tags), so the page can still be stored.
"""

from django import template
from django.urls import reverse

from community.members.templatetags.members_tags import has_session
from directory.claims import rules
from directory.claims.models import ChangeProposal, ClaimStatus

register = template.Library()


@register.inclusion_tag("directory/claims/_actions.html", takes_context=True)
def claims_actions(context, page):
    request = context.get("request")
    if page is None or page.pk is None or request is None:
        return {"hidden": True}
    base = {"page": page, "request": request, "csrf_token": context.get("csrf_token")}
    user = request.user if has_session(request) else None
    if user is None or not user.is_authenticated:
        return {**base, "anonymous": True, "login_url": reverse("account_login")}
    link = rules.current_link(user, page)
    latest_link = link or (user.provider_links.filter(translation_key=page.translation_key).first())
    proposals = ChangeProposal.objects.filter(member=user, translation_key=page.translation_key)
    return {
        **base,
        "anonymous": False,
        "refusal": rules.refusal(user),
        "link": latest_link,
        "linked": link is not None and link.status == ClaimStatus.APPROVED,
        "pending": proposals.filter(status=ClaimStatus.PENDING).first(),
        "last_reviewed": proposals.filter(status__in=[ClaimStatus.APPROVED, ClaimStatus.REJECTED])
        .order_by("-reviewed_at")
        .first(),
    }
