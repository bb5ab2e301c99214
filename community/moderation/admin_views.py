"""Wagtail-admin views for moderators: the queue, members and their standing, the log."""

from collections import Counter

from django.apps import apps
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView, View

from wagtail.admin import messages
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from community.members.standing import profile_for
from community.moderation import log
from community.moderation.actions import (
    CONTENT_ACTIONS,
    MEMBER_ACTIONS,
    ActionNotAllowed,
    moderate_content,
    moderate_member,
    protected,
)
from community.moderation.forms import ActionReasonForm, MemberActionForm
from community.moderation.models import ModerationAction
from community.moderation.queue import STATES, model_key, queue_items
from community.moderation.registry import moderated_models
from core.access import ModeratorRequiredMixin
from core.pagination import paginate

PER_PAGE = 20
STATE_LABELS = {
    "pending": gettext_lazy("Waiting for approval"),
    "hidden_by_flags": gettext_lazy("Hidden after flags"),
    "flagged": gettext_lazy("Flagged"),
}


class CommunityAdminView(ModeratorRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    header_icon = "group"
    index_url = None

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": "", "label": self.get_page_title()},
        ]

    def paginate(self, items):
        return paginate(self.request, items, PER_PAGE, parameter="p")


class QueueView(CommunityAdminView):
    template_name = "moderation_admin/queue.html"
    page_title = gettext_lazy("Moderation queue")
    header_icon = "warning"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        types = {model_key(model): model._meta.verbose_name for model in moderated_models()}
        chosen_type = self.request.GET.get("type", "")
        chosen_state = self.request.GET.get("state", "")
        items = queue_items(
            model_keys={chosen_type} if chosen_type in types else None,
            state=chosen_state if chosen_state in STATES else None,
        )
        page = self.paginate(items)
        context.update(
            items=page,
            filtered=bool(chosen_type or chosen_state),
            types=sorted(types.items(), key=lambda pair: str(pair[1])),
            states=[(state, STATE_LABELS[state]) for state in STATES],
            chosen_type=chosen_type,
            chosen_state=chosen_state,
            actions=CONTENT_ACTIONS,
            elided_page_range=page.paginator.get_elided_page_range(page.number),
        )
        return context


class ContentActionView(ModeratorRequiredMixin, View):
    def post(self, request, target_type, pk, action):
        if action not in CONTENT_ACTIONS:
            raise Http404
        try:
            model = apps.get_model(target_type)
        except (LookupError, ValueError):
            raise Http404 from None
        if model not in moderated_models():
            raise Http404
        obj = get_object_or_404(model, pk=pk)
        form = ActionReasonForm(request.POST)
        reason = form.cleaned_data["reason"] if form.is_valid() else ""
        moderate_content(obj, action, request.user, reason)
        messages.success(
            request,
            _("“%(title)s”: %(action)s.")
            % {"title": obj.moderation_title(), "action": done_label(action)},
        )
        return redirect(get_valid_next_url_from_request(request) or "community_moderation_queue")


def done_label(action):
    return {
        "approve": _("approved"),
        "hide": _("hidden"),
        "remove": _("removed"),
        "dismiss": _("flags dismissed"),
    }[action]


class MembersView(CommunityAdminView):
    template_name = "moderation_admin/members.html"
    page_title = gettext_lazy("Members")
    FILTERS = {
        "banned": (gettext_lazy("Banned"), Q(profile__is_banned=True)),
        "warned": (gettext_lazy("Warned"), Q(profile__warnings__gt=0)),
        "silenced": (gettext_lazy("Silenced"), Q(profile__silenced_until__isnull=False)),
        "untrusted": (gettext_lazy("Not trusted yet"), Q(profile__trusted=False)),
    }

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        query = self.request.GET.get("q", "").strip()
        chosen = self.request.GET.get("state", "")
        members = get_user_model().objects.select_related("profile").order_by("-date_joined")
        if query:
            members = members.filter(
                Q(username__icontains=query)
                | Q(email__icontains=query)
                | Q(profile__display_name__icontains=query)
            )
        if chosen in self.FILTERS:
            members = members.filter(self.FILTERS[chosen][1])
        page = self.paginate(members)
        counts = Counter(
            log.entries()
            .filter(data__member__in=[member.pk for member in page])
            .values_list("data__member", flat=True)
        )
        for member in page:
            member.log_count = counts[member.pk]
        context.update(
            members=page,
            query=query,
            chosen_state=chosen,
            states=[(key, label) for key, (label, _q) in self.FILTERS.items()],
            filtered=bool(query or chosen),
            elided_page_range=page.paginator.get_elided_page_range(page.number),
        )
        return context


class MemberView(CommunityAdminView):
    template_name = "moderation_admin/member.html"
    forms = None

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.member = get_object_or_404(get_user_model(), pk=kwargs["pk"])

    def get_page_title(self):
        return profile_for(self.member).name

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("community_members"), "label": _("Members")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        forms = {action: MemberActionForm(action=action) for action in MEMBER_ACTIONS}
        forms.update(self.forms or {})
        history = log.with_people(log.about(self.member.pk)[:50])
        context.update(
            member=self.member,
            profile=profile_for(self.member),
            protected=protected(self.member),
            action_forms=forms,
            action_labels=MEMBER_ACTIONS,
            history=history,
        )
        return context

    def post(self, request, pk, action):
        if action not in MEMBER_ACTIONS:
            raise Http404
        form = MemberActionForm(request.POST, action=action)
        if form.is_valid():
            try:
                entry = moderate_member(
                    self.member,
                    action,
                    request.user,
                    reason=form.cleaned_data["reason"],
                    days=form.cleaned_data["days"],
                )
            except ActionNotAllowed as refusal:
                messages.error(request, refusal.message)
            else:
                messages.success(
                    request,
                    _("%(member)s: %(action)s.")
                    % {
                        "member": profile_for(self.member).name,
                        "action": entry.message,
                    },
                )
                return redirect(
                    get_valid_next_url_from_request(request)
                    or reverse("community_member", args=[self.member.pk])
                )
        else:
            messages.error(request, _("The action could not be taken: see the errors below."))
        self.forms = {action: form}
        return self.render_to_response(self.get_context_data(), status=200)


class LogView(CommunityAdminView):
    template_name = "moderation_admin/log.html"
    page_title = gettext_lazy("Moderation log")
    header_icon = "history"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        moderators = log.entries().get_users().select_related("profile")
        action = self.request.GET.get("action", "")
        moderator = self.request.GET.get("moderator", "")
        member = self.request.GET.get("member", "").strip()
        entries = log.entries()
        if member:
            entries = log.about_any(
                get_user_model().objects.filter(
                    Q(username__icontains=member)
                    | Q(email__icontains=member)
                    | Q(profile__display_name__icontains=member)
                )
            )
        if action in ModerationAction.values:
            entries = entries.filter(action=log.log_name(action))
        if moderator.isdigit():
            entries = entries.filter(user_id=int(moderator))
        page = self.paginate(entries)
        page.object_list = log.with_people(page.object_list)
        context.update(
            entries=page,
            actions=ModerationAction.choices,
            moderators=moderators,
            chosen_action=action,
            chosen_moderator=moderator,
            member_query=member,
            filtered=bool(action or moderator or member),
            elided_page_range=page.paginator.get_elided_page_range(page.number),
        )
        return context
