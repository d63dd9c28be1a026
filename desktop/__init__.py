"""The Qt desktop app. Qt code only: it calls storage, forms and reports, and never runs SQL."""
