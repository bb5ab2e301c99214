from django import forms
from django.utils.translation import gettext_lazy as _

from community.comments.models import BODY_MAX_LENGTH, Comment


class CommentForm(forms.ModelForm):
    class Meta:
        model = Comment
        fields = ["body"]
        labels = {"body": _("Your comment")}
        help_texts = {
            "body": _(
                "Markdown is allowed. Never write anything that could identify a child, "
                "family or client."
            )
        }
        widgets = {"body": forms.Textarea(attrs={"rows": 5, "maxlength": BODY_MAX_LENGTH})}
        error_messages = {
            "body": {
                "required": _("Please write your comment."),
                "max_length": _(
                    "A comment can be at most %(limit_value)d characters long "
                    "(it has %(show_value)d)."
                ),
            }
        }

    def clean_body(self):
        body = self.cleaned_data["body"]
        if not body.strip():
            raise forms.ValidationError(_("Please write your comment."), code="required")
        return body
