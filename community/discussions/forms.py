"""Forms for starting threads, replying, editing a post and choosing how to be notified."""

from django import forms
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from community.discussions.models import Category, FollowMode, Post, Thread

BODY_HELP = _(
    "You can use Markdown: **bold**, *italic*, > quote, - lists, [link](https://…). "
    "Never write anything that could identify a child, family or client."
)


class BodyField(forms.CharField):
    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Message"))
        kwargs.setdefault("help_text", BODY_HELP)
        kwargs.setdefault("max_length", Post._meta.get_field("body").max_length)
        kwargs.setdefault("widget", forms.Textarea(attrs={"rows": 8}))
        kwargs.setdefault(
            "error_messages", {"required": _("Please write your message before sending it.")}
        )
        super().__init__(**kwargs)

    def clean(self, value):
        value = super().clean(value)
        if value and not value.strip():
            raise forms.ValidationError(_("Please write your message before sending it."))
        return value


class CategoryChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.name


class ThreadForm(forms.Form):
    category = CategoryChoiceField(
        label=_("Category"),
        queryset=Category.objects.none(),
        empty_label=_("Choose a category"),
        error_messages={"required": _("Please choose a category.")},
    )
    title = forms.CharField(
        label=_("Title"),
        max_length=Thread._meta.get_field("title").max_length,
        error_messages={"required": _("Please give your thread a title.")},
    )
    body = BodyField()
    language = forms.ChoiceField(
        label=_("Language of the thread"),
        choices=settings.LANGUAGES,
        help_text=_("The language you write in, so that screen readers pronounce it correctly."),
    )

    def __init__(self, *args, categories, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["category"].queryset = categories
        self.fields["language"].initial = (translation.get_language() or "bg").split("-")[0]

    def clean_title(self):
        title = " ".join(self.cleaned_data["title"].split())
        if not title:
            raise forms.ValidationError(_("Please give your thread a title."))
        return title


class ReplyForm(forms.Form):
    body = BodyField(label=_("Your reply"))
    quoted = forms.IntegerField(required=False, widget=forms.HiddenInput)


class EditPostForm(forms.Form):
    body = BodyField()


class FollowForm(forms.Form):
    thread = forms.IntegerField(required=False, widget=forms.HiddenInput)
    category = forms.UUIDField(required=False, widget=forms.HiddenInput)
    mode = forms.ChoiceField(
        label=_("How to notify me"),
        choices=FollowMode.choices,
        required=False,
        initial=FollowMode.IMMEDIATE,
    )
    action = forms.ChoiceField(
        choices=[("follow", "follow"), ("unfollow", "unfollow"), ("mode", "mode")],
        required=False,
    )

    def clean(self):
        data = super().clean()
        if bool(data.get("thread")) == bool(data.get("category")):
            raise forms.ValidationError(_("Choose a thread or a category to follow."))
        return data
