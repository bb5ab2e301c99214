"""The kinds of member content the moderation queue and personal-data tools know about."""

_registry = []


def register(model):
    """Register a ModeratedContent subclass (call from the app's AppConfig.ready)."""
    if model not in _registry:
        _registry.append(model)
    return model


def moderated_models():
    return list(_registry)
