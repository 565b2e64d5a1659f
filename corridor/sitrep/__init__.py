"""The situation report: one day from the derived rows, as HTML and PDF (pure but for pdf.py)."""
