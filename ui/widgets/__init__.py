"""Small reusable widgets (and their item delegates) shared by pages."""
