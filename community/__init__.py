"""The members' side of Praktika: accounts and profiles, practice materials, discussions,
comments, moderation and personal data. Each part is its own Django app in this package."""
