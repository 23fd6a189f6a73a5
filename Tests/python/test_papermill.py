"""papermill with Swift notebooks: the translator of tools/papermill-swift (every type, escaping, the
errors), and papermill running notebooks through the installed kernel: a notebook echoing tricky
parameters back (what the translator writes is what the kernel reads), and the paper-figure notebook
on a small parameter set (the injected cell, and outputs that follow the parameters)."""
import math
import pathlib

import nbformat
import pytest

papermill = pytest.importorskip("papermill")
import papermill_swift  # noqa: E402
from papermill.translators import papermill_translators  # noqa: E402
from papermill_swift import SwiftParameterError, SwiftTranslator  # noqa: E402

REPO = pathlib.Path(__file__).resolve().parents[2]
PAPER_FIGURE = REPO / "examples" / "02-paper-figure.ipynb"


def codify(**parameters):
    return SwiftTranslator.codify(parameters)


def literal(value):
    return SwiftTranslator.translate(value)


# --- registration --------------------------------------------------------------------------------

def test_registered_for_the_language_the_kernel_reports():
    # "swift": kernel.json's language (landscape-kernel install) and kernel_info's language_info.name.
    assert papermill_translators.find_translator("landscape", "swift") is SwiftTranslator
    assert papermill_translators.find_translator("any-kernel-name", "swift") is SwiftTranslator


def test_the_engine_entry_point_registers_it_and_is_nbclient():
    from papermill.engines import NBClientEngine, papermill_engines
    engine = papermill_engines.get_engine("swift")
    assert issubclass(engine, NBClientEngine)


def test_the_paper_notebook_names_swift_in_its_metadata():
    metadata = nbformat.read(PAPER_FIGURE, as_version=4).metadata
    assert metadata.kernelspec.language == "swift"
    assert metadata.language_info.name == "swift"


# --- the injected cell ---------------------------------------------------------------------------

def test_the_brief_example():
    assert codify(objectCount=2000, hiddenSizes=[4, 16]) == (
        "// Parameters\n"
        "let objectCount = 2000\n"
        "let hiddenSizes = [4, 16]\n")


def test_comment_lines():
    assert SwiftTranslator.comment("Parameters") == "// Parameters"
    assert SwiftTranslator.comment("two\nlines") == "// two\n// lines"
    assert SwiftTranslator.codify({}, comment="Injected") == "// Injected\n"


def test_translate_parameters_through_papermill():
    from papermill.translators import translate_parameters
    assert translate_parameters("landscape", "swift", {"epochs": 1}, "Parameters") == "// Parameters\nlet epochs = 1\n"


# --- scalars -------------------------------------------------------------------------------------

@pytest.mark.parametrize("value, expected", [
    (0, "0"), (2000, "2000"), (-7, "-7"), (2**63 - 1, "9223372036854775807"), (-(2**63), "-9223372036854775808"),
])
def test_int(value, expected):
    assert literal(value) == expected
    assert SwiftTranslator.translate_int(value) == expected


@pytest.mark.parametrize("value", [2**63, -(2**63) - 1, 10**30])
def test_int_outside_64_bits(value):
    with pytest.raises(SwiftParameterError, match="does not fit in Swift's Int"):
        literal(value)


@pytest.mark.parametrize("value, expected", [
    (1.0, "1.0"), (0.5, "0.5"), (-2.25, "-2.25"), (0.0, "0.0"), (-0.0, "-0.0"), (1e-3, "0.001"),
    (1e-05, "1e-05"), (1e16, "1e+16"), (1.5e300, "1.5e+300"), (0.1, "0.1"), (123456789.0, "123456789.0"),
    (float("nan"), "Double.nan"), (float("inf"), "Double.infinity"), (float("-inf"), "-Double.infinity"),
])
def test_float_is_always_a_double_literal(value, expected):
    assert literal(value) == expected
    assert SwiftTranslator.translate_float(value) == expected


def test_float_literals_round_trip():
    for value in [0.1, 1 / 3, 2.0**-1074, 1.7976931348623157e308, 6.02214076e23]:
        assert float(literal(value)) == value


@pytest.mark.parametrize("value, expected", [(True, "true"), (False, "false")])
def test_bool(value, expected):
    assert literal(value) == expected
    assert SwiftTranslator.translate_bool(value) == expected


@pytest.mark.parametrize("value, expected", [
    ("", '""'),
    ("plain", '"plain"'),
    ("/usr/share/datasets/fashion-mnist", '"/usr/share/datasets/fashion-mnist"'),
    ('say "hi"', r'"say \"hi\""'),
    ("back\\slash", r'"back\\slash"'),
    ("a\nb", r'"a\nb"'),
    ("a\tb", r'"a\tb"'),
    ("a\rb", r'"a\rb"'),
    ("nul\0", r'"nul\0"'),
    ("bell\x07 esc\x1b del\x7f c1\x85", r'"bell\u{7} esc\u{1B} del\u{7F} c1\u{85}"'),
    ("interpolation \\(x)", r'"interpolation \\(x)"'),
    ("single 'quotes'", "\"single 'quotes'\""),
    ("héllo — ∑ 𝔽 🙂", '"héllo — ∑ 𝔽 🙂"'),
])
def test_string_escaping(value, expected):
    assert literal(value) == expected
    assert SwiftTranslator.translate_str(value) == expected


def test_lone_surrogate_is_refused():
    with pytest.raises(SwiftParameterError, match="lone surrogate U\\+D800"):
        literal("bad\ud800")


def test_none_is_refused_with_the_parameter_named():
    with pytest.raises(SwiftParameterError) as caught:
        codify(seed=None)
    message = str(caught.value)
    assert "'seed'" in message and "None" in message and "optional" in message
    assert caught.value.name == "seed"
    assert isinstance(caught.value, ValueError)


def test_other_python_types_are_refused():
    import datetime
    with pytest.raises(SwiftParameterError, match="parameter 'day'.*a date"):
        codify(day=datetime.date(2024, 1, 2))


# --- lists and dictionaries ----------------------------------------------------------------------

@pytest.mark.parametrize("value, expected", [
    ([4, 16], "[4, 16]"),
    ([1.5, 2.5], "[1.5, 2.5]"),
    ([1, 2.5], "[1.0, 2.5]"),
    ([2.5, 1], "[2.5, 1.0]"),
    ([True, False], "[true, false]"),
    (["a", 'b"'], r'["a", "b\""]'),
    ([[1, 2], [3]], "[[1, 2], [3]]"),
    ([[1], [2.5]], "[[1.0], [2.5]]"),
    ([[1], []], "[[1], []]"),
    ([float("nan"), 1], "[Double.nan, 1.0]"),
    ({"a": 1, "b": 2}, '["a": 1, "b": 2]'),
    ({"lr": 0.001, "epochs": 10}, '["lr": 0.001, "epochs": 10.0]'),
    ({"a": [1], "b": []}, '["a": [1], "b": []]'),
    ({1: "one", 2: "two"}, '[1: "one", 2: "two"]'),
    ({"outer": {"inner": [1, 2]}}, '["outer": ["inner": [1, 2]]]'),
    ([{"a": 1}, {"b": 2.5}], '[["a": 1.0], ["b": 2.5]]'),
])
def test_containers(value, expected):
    assert literal(value) == expected


def test_list_and_dict_hooks():
    assert SwiftTranslator.translate_list([1, 2]) == "[1, 2]"
    assert SwiftTranslator.translate_dict({"k": True}) == '["k": true]'


@pytest.mark.parametrize("value, reason", [
    ([], "empty list"),
    ({}, "empty dictionary"),
    ([[]], "holds an empty list"),
    ({"a": []}, "holds an empty list"),
    ([[1], [[]]], "mix Int and"),
    ({"a": {}, "b": {}}, "holds an empty dictionary"),
    ([1, "a"], "mix Int and String"),
    ([True, 1], "mix Bool and Int"),
    ([[1], ["a"]], "mix Int and String"),
    ([1, [2]], r"mix Int and \[Int\]"),
    ({"a": 1, "b": "x"}, "values mix Int and String"),
    ({"a": 1, 2: 1}, "keys mix String and Int"),
    ([1, None], "None"),
    ({None: 1}, "key None"),
    ([2**64], "does not fit"),
])
def test_containers_swift_cannot_express(value, reason):
    with pytest.raises(SwiftParameterError, match=reason) as caught:
        codify(xs=value)
    assert "parameter 'xs'" in str(caught.value)


def test_error_says_where_inside_the_value():
    with pytest.raises(SwiftParameterError) as caught:
        codify(grid=[[1, 2], [3, None]])
    assert caught.value.path == "[1][1]"
    assert "(at grid[1][1])" in str(caught.value)


def test_empty_list_error_names_the_parameter():
    with pytest.raises(SwiftParameterError, match="parameter 'hiddenSizes'.*empty list.*element type"):
        codify(hiddenSizes=[])


# --- names ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["objectCount", "_private", "x1", "snake_case", "größe", "get", "set", "some",
                                  "open", "async", "borrowing", "Type"])
def test_valid_names(name):
    assert codify(**{name: 1}) == f"// Parameters\nlet {name} = 1\n"


@pytest.mark.parametrize("name, reason", [
    ("1x", "not a Swift identifier"), ("my-name", "not a Swift identifier"), ("a b", "not a Swift identifier"),
    ("$0", "not a Swift identifier"), ("", "non-empty name"), ("_", "discard"),
    ("let", "Swift keyword"), ("in", "Swift keyword"), ("self", "Swift keyword"), ("true", "Swift keyword"),
    ("class", "Swift keyword"), ("nil", "Swift keyword"),
])
def test_invalid_names_are_refused(name, reason):
    with pytest.raises(SwiftParameterError, match=reason):
        codify(**{name: 1})


# --- inspection (papermill --help-notebook) -------------------------------------------------------

def test_inspect_the_paper_notebooks_parameters_cell():
    notebook = nbformat.read(PAPER_FIGURE, as_version=4)
    cell = next(cell for cell in notebook.cells if "parameters" in cell.metadata.get("tags", []))
    found = {p.name: (p.inferred_type_name, p.default) for p in SwiftTranslator.inspect(cell)}
    assert found == {
        "datasetDirectory": ("String", '"/usr/share/datasets/fashion-mnist"'),
        "objectCount": ("Int", "10_000"),
        "epochs": ("Int", "10"),
        "hiddenSizes": ("[Int]", "[4, 8, 16, 32, 64]"),
        "hiddenLayerCounts": ("[Int]", "[1, 3, 5, 7, 10]"),
        "permutations": ("Int", "100"),
    }


def test_inspect_annotations_help_and_multiline_values():
    cell = nbformat.v4.new_code_cell(
        'var rate: Double = 1e-3  // the learning rate\n'
        'let url = "https://example.org/a//b"  // where\n'
        'let grid = [\n'
        '    [1, 2],  // first row\n'
        '    [3, 4],\n'
        ']  // a 2×2 grid\n'
        'print(rate)\n'
        'let flag = true\n'
        'let mixed = [1, 2.5, 3]\n'
        'let names = ["a", "b"]\n')
    found = [(p.name, p.inferred_type_name, p.default, p.help) for p in SwiftTranslator.inspect(cell)]
    assert found == [
        ("rate", "Double", "1e-3", "the learning rate"),
        ("url", "String", '"https://example.org/a//b"', "where"),
        ("grid", "None", "[ [1, 2], [3, 4], ]", "a 2×2 grid"),
        ("flag", "Bool", "true", ""),
        ("mixed", "[Double]", "[1, 2.5, 3]", ""),
        ("names", "None", '["a", "b"]', ""),
    ]


def test_inspect_never_raises():
    assert SwiftTranslator.inspect({"source": None}) == []


# --- the papermill command (a fresh process: the entry point alone registers the translator) ------

def run_papermill(*arguments, cwd):
    import subprocess
    import sys
    return subprocess.run([sys.executable, "-m", "papermill", *arguments], cwd=cwd, capture_output=True, text=True,
                          timeout=120)


def test_papermill_command_injects_swift(tmp_path):
    out = tmp_path / "prepared.ipynb"
    result = run_papermill("--prepare-only", str(PAPER_FIGURE), str(out), "-p", "objectCount", "2000",
                           "-y", "hiddenSizes: [4, 16]", "-p", "rate", "1e-3", "-p", "label", "[4, 16]",
                           "-r", "seedText", "12", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    injected = injected_cell(nbformat.read(out, as_version=4))
    # -y is YAML (lists, dictionaries); -p guesses int, float, True/False, else keeps a string; -r a string.
    assert injected.source.splitlines() == [
        "// Parameters",
        "let hiddenSizes = [4, 16]",
        "let objectCount = 2000",
        "let rate = 0.001",
        'let label = "[4, 16]"',
        'let seedText = "12"',
    ]


def test_papermill_command_reports_what_swift_cannot_express(tmp_path):
    result = run_papermill("--prepare-only", str(PAPER_FIGURE), str(tmp_path / "out.ipynb"),
                           "-p", "objectCount", "None", cwd=tmp_path)
    assert result.returncode != 0
    assert "SwiftParameterError" in result.stderr and "parameter 'objectCount'" in result.stderr


def test_papermill_help_notebook_lists_the_swift_parameters(tmp_path):
    result = run_papermill("--help-notebook", str(PAPER_FIGURE), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "hiddenSizes: [Int] (default [4, 8, 16, 32, 64])" in result.stdout
    assert 'datasetDirectory: String (default "/usr/share/datasets/fashion-mnist")' in result.stdout


# --- through the kernel --------------------------------------------------------------------------

def injected_cell(notebook):
    cells = [cell for cell in notebook.cells if "injected-parameters" in cell.metadata.get("tags", [])]
    assert len(cells) == 1
    return cells[0]


def stream_text(cell):
    return "".join(output.get("text", "") for output in cell.outputs if output.output_type == "stream")


def plain_text(cell):
    return "\n".join(output.data["text/plain"] for output in cell.outputs
                     if output.output_type in ("execute_result", "display_data") and "text/plain" in output.data)


def errors(notebook):
    return [(index, output.get("ename"), output.get("evalue")) for index, cell in enumerate(notebook.cells)
            if cell.cell_type == "code" for output in cell.get("outputs", []) if output.output_type == "error"]


def swift_notebook(*sources, parameters_index=0):
    notebook = nbformat.v4.new_notebook()
    notebook.metadata.kernelspec = {"name": "landscape", "display_name": "Swift (landscape)", "language": "swift"}
    notebook.metadata.language_info = {"name": "swift"}
    notebook.cells = [nbformat.v4.new_code_cell(source) for source in sources]
    notebook.cells[parameters_index].metadata.tags = ["parameters"]
    return notebook


ECHO_PARAMETERS = {
    "text": 'quote " backslash \\ newline\ntab\tcr\r bell\x07 é ∑ 🙂 \\(notInterpolated)',
    "count": -42,
    "big": 2**62,
    "rate": 1e-05,
    "huge": 1e16,
    "whole": 3.0,
    "notANumber": float("nan"),
    "minusInfinity": float("-inf"),
    "flag": True,
    "sizes": [4, 16],
    "mixed": [1, 2.5],
    "grid": [[1], [2, 3], []],
    "names": ["a", 'b"c'],
    "settings": {"lr": 0.5, "epochs": 2},
    "nested": {"k": [1.5, 2.5]},
}

ECHO_SOURCE = """\
print(text.replacingOccurrences(of: "\\r", with: "<CR>").replacingOccurrences(of: "\\u{7}", with: "<BEL>"))
print(count, big, count + 1)
print(rate, huge, whole, whole / 2)
print(notANumber.isNaN, minusInfinity < -1e308, minusInfinity.isInfinite)
print(flag, !flag)
print(sizes.count, sizes[0] + sizes[1])
print(mixed[0] / 2)
print(grid.count, grid[1].count, grid[2].count)
print(names.count, names[1])
print(settings.count)
print(nested.count)
"""


def test_every_kind_of_value_reaches_the_kernel_intact(kernel_prefix, tmp_path):
    source = swift_notebook('let text = "default"\nlet count = 0', ECHO_SOURCE)
    path = tmp_path / "echo.ipynb"
    nbformat.write(source, path)
    out = papermill.execute_notebook(str(path), str(tmp_path / "echo-out.ipynb"), parameters=ECHO_PARAMETERS,
                                     kernel_name="landscape", progress_bar=False, execution_timeout=120)
    assert errors(out) == []
    injected = injected_cell(out)
    assert injected.source == SwiftTranslator.codify(ECHO_PARAMETERS)
    # The injected cell comes right after the parameters cell and redefines its constants.
    assert "parameters" in out.cells[0].metadata.tags and out.cells[1] is injected
    printed = stream_text(out.cells[2]).split("\n")
    text = ECHO_PARAMETERS["text"].replace("\r", "<CR>").replace("\x07", "<BEL>")
    assert "\n".join(printed[:2]) == text
    assert printed[2:] == ECHO_PRINTED + [""]


ECHO_PRINTED = [
    f"-42 {2**62} -41",
    "1e-05 1e+16 3.0 1.5",
    "true true true",
    "true false",
    "2 20",
    "0.5",
    "3 2 0",
    '2 b"c',
    "2",
    "1",
]

# Values and the Swift type the compiler must infer from the literal the translator writes.
TYPED_VALUES = [
    ([4, 16], "Array<Int>"), ([1, 2.5], "Array<Double>"), ([True], "Array<Bool>"), (["a"], "Array<String>"),
    ([[1, 2], [3]], "Array<Array<Int>>"), ([[1], [2.5]], "Array<Array<Double>>"), ([[1], []], "Array<Array<Int>>"),
    ([float("nan"), 1], "Array<Double>"), ({"lr": 0.001, "epochs": 10}, "Dictionary<String, Double>"),
    ({"a": [1], "b": []}, "Dictionary<String, Array<Int>>"), ({1: "one"}, "Dictionary<Int, String>"),
    ({"o": {"i": [1, 2]}}, "Dictionary<String, Dictionary<String, Array<Int>>>"),
    ([{"a": 1}, {"b": 2.5}], "Array<Dictionary<String, Double>>"), (1e-05, "Double"), (1e16, "Double"),
    (1.0, "Double"), (float("-inf"), "Double"), (2**63 - 1, "Int"), (-(2**63), "Int"), (True, "Bool"),
    ("bell\x07 c1\x85 \\(x) nul\0 🙂", "String"),
]


def test_swift_compiles_what_the_translator_writes(tmp_path):
    """The real compiler (swiftc, when installed) infers the intended types and prints the echo values."""
    import shutil
    import subprocess
    swiftc = shutil.which("swiftc")
    if swiftc is None:
        pytest.skip("no swiftc")
    typed = {f"v{index}": value for index, (value, _) in enumerate(TYPED_VALUES)}
    program = "\n".join([
        "import Foundation",
        SwiftTranslator.codify(ECHO_PARAMETERS),
        SwiftTranslator.codify(typed),
        ECHO_SOURCE,
        *(f"print(type(of: {name}))" for name in typed),
    ])
    (tmp_path / "main.swift").write_text(program, encoding="utf-8")
    subprocess.run([swiftc, "-Onone", "main.swift", "-o", "check"], cwd=tmp_path, check=True, capture_output=True,
                   timeout=300)
    printed = subprocess.run([str(tmp_path / "check")], check=True, capture_output=True, text=True).stdout.split("\n")
    assert "\n".join(printed[:2]) == ECHO_PARAMETERS["text"].replace("\r", "<CR>").replace("\x07", "<BEL>")
    assert printed[2:12] == ECHO_PRINTED
    assert printed[12:-1] == [swift_type for _, swift_type in TYPED_VALUES]


def test_a_value_swift_cannot_express_stops_papermill_before_the_kernel(tmp_path):
    path = tmp_path / "refuse.ipynb"
    nbformat.write(swift_notebook("let xs = [1]"), path)
    with pytest.raises(SwiftParameterError, match="parameter 'xs'.*empty list"):
        papermill.execute_notebook(str(path), str(tmp_path / "out.ipynb"), parameters={"xs": []},
                                   kernel_name="landscape", progress_bar=False)


SMALL_SWEEP = {
    "datasetDirectory": "/usr/share/datasets/fashion-mnist",
    "objectCount": 300,
    "epochs": 1,
    "hiddenSizes": [4, 16],
    "hiddenLayerCounts": [1, 5],
    "permutations": 2,
}


def test_paper_figure_with_small_parameters(kernel_prefix, tmp_path):
    out = papermill.execute_notebook(str(PAPER_FIGURE), str(tmp_path / "paper-figure.ipynb"),
                                     parameters=SMALL_SWEEP, kernel_name="landscape", progress_bar=False,
                                     execution_timeout=300, cwd=str(tmp_path))
    assert errors(out) == []
    injected = injected_cell(out)
    assert injected.source.splitlines() == [
        "// Parameters",
        'let datasetDirectory = "/usr/share/datasets/fashion-mnist"',
        "let objectCount = 300",
        "let epochs = 1",
        "let hiddenSizes = [4, 16]",
        "let hiddenLayerCounts = [1, 5]",
        "let permutations = 2",
    ]
    index = out.cells.index(injected)
    assert "parameters" in out.cells[index - 1].metadata.tags
    data_cell, sweep_cell = [cell for cell in out.cells[index + 1:] if cell.cell_type == "code"][:2]
    assert plain_text(data_cell).startswith("Dataset(300 objects")
    sweep_text = plain_text(sweep_cell)
    assert "Sweep(4 configurations)" in sweep_text
    for hidden in (4, 16):
        for layers in (1, 5):
            assert f"h = {hidden}, num_layers = {layers}:" in sweep_text
    assert "h = 8," not in sweep_text and "num_layers = 3" not in sweep_text
    printed = "".join(stream_text(cell) for cell in out.cells if cell.cell_type == "code")
    assert "of 4 networks died" in printed
    assert "h = 4, num_layers = 10: died in" in printed  # the seeds cell ran (its own layer list)
    assert papermill.__version__ == "2.7.0"
