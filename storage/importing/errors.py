"""Errors about a whole import file (not one row): the file cannot be read, a column is missing,
the mapping is wrong, the user cancelled. StorageErrors, so the CLI and the UI show
``exc.message(lang)`` like any other; their texts live here, beside the importer."""
from __future__ import annotations

from ..errors import StorageError

TEXTS: dict[str, tuple[str, str]] = {
    "import_file_missing": ("가져올 파일이 없습니다: {name}", "The file to import was not found: {name}"),
    "import_file_format": ("가져올 수 없는 파일 형식입니다: {name} (.csv, .txt, .tsv, .xlsx)",
                           "Cannot import this kind of file: {name} (.csv, .txt, .tsv, .xlsx)"),
    "import_file_unreadable": ("파일을 읽을 수 없습니다: {name} ({detail})", "The file cannot be read: {name} ({detail})"),
    "import_encoding": ("파일의 글자 인코딩을 알 수 없습니다: {name}. UTF-8 또는 CP949(엑셀 한글)로 저장하세요",
                        "Unknown text encoding: {name}. Save it as UTF-8 or CP949 (Excel's Korean encoding)"),
    "import_empty": ("파일에 제목 행이 없습니다: {name}", "The file has no heading row: {name}"),
    "import_sheet": ("시트를 찾을 수 없습니다: {sheet} (있는 시트: {sheets})",
                     "No such sheet: {sheet} (sheets: {sheets})"),
    "import_missing_columns": ("필수 열이 없습니다: {columns}. 열 이름을 바꾸거나 --mapping 으로 연결하세요 (제목 행: {headings})",
                               "Required columns are missing: {columns}. Rename the headings or map them with "
                               "--mapping (headings: {headings})"),
    "import_unknown_target": ("연결 파일의 '{heading}' → '{target}': 없는 열 이름입니다 (가능: {allowed})",
                              "Mapping '{heading}' → '{target}': no such column (one of: {allowed})"),
    "import_duplicate_column": ("'{column}' 열이 두 번 있습니다: {headings}", "Column '{column}' appears twice: {headings}"),
    "import_mapping_file": ("연결(mapping) 파일을 읽을 수 없습니다: {name} ({detail})",
                            "The mapping file cannot be read: {name} ({detail})"),
    "import_kind": ("가져오기 종류는 clients 또는 services 입니다 ({kind})", "The import kind is clients or services ({kind})"),
    "import_cancelled": ("가져오기를 취소했습니다. 아무것도 저장하지 않았습니다.", "Import cancelled. Nothing was saved."),
    "import_no_site": ("지점이 없습니다. 먼저 지점을 등록하세요.", "There is no site. Add a site first."),
}


class ImportFileError(StorageError):
    """The file as a whole cannot be imported; nothing was written."""

    code = "import_file_unreadable"

    def message(self, lang: str = "ko") -> str:
        ko, en = TEXTS.get(self.code, TEXTS["import_file_unreadable"])
        template = ko if lang == "ko" else en
        try:
            return template.format(**self.params)
        except (KeyError, IndexError):
            return template


class ImportCancelled(ImportFileError):
    code = "import_cancelled"
