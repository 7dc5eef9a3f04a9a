"""`stylelint report`: a self-contained HTML page for editors (see render.py and template.html)."""
