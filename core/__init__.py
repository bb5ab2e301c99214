"""The shared base: what every app may import; it imports no app."""
