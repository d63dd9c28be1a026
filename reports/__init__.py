"""Usage reports: statistics computed once into plain data, then rendered (PDF, XLSX, CSV,
JSON) and the city's anonymized export. No Qt; the SQL lives in storage."""
