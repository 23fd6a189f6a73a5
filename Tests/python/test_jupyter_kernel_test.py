"""jupyter_kernel_test's conformance suite against the installed kernel.

Every sample jupyter_kernel_test knows is set, so none of its checks is skipped."""
import os
import subprocess
import tempfile

import jupyter_kernel_test

from conftest import KERNEL_NAME, kernel_binary

# jupyter_kernel_test starts kernels in setUpClass, before pytest fixtures run: install here.
_prefix = tempfile.mkdtemp(prefix="landscape-jkt-")
subprocess.run([str(kernel_binary()), "install", "--prefix", _prefix, "--name", KERNEL_NAME], check=True,
               capture_output=True)
os.environ["JUPYTER_PATH"] = os.path.join(_prefix, "share", "jupyter") + os.pathsep + os.environ.get("JUPYTER_PATH", "")


class LandscapeKernelConformance(jupyter_kernel_test.KernelTests):
    kernel_name = KERNEL_NAME
    language_name = "swift"
    file_extension = ".swift"

    code_hello_world = 'print("hello, world")'
    code_stderr = 'print("oops", to: &standardError)'
    code_generate_error = "let broken: Int = notDefinedAnywhere"
    code_execute_result = [{"code": "6 * 7", "result": "42"}, {"code": '"a" + "b"', "result": '"ab"'}]
    completion_samples = [{"text": "pri", "matches": {"print"}}]
    code_inspect_sample = "print"
    complete_code_samples = ["1 + 1", "let x = 3"]
    incomplete_code_samples = ["func f() {", "let a = ["]
    supported_history_operations = ("tail", "range", "search")
    code_history_pattern = "6 *"
    invalid_code_samples = ["let = 3", "let x = )"]
    code_display_data = [
        {"code": "display(Figure())", "mime": "image/svg+xml"},
        {"code": 'display("plain text")', "mime": "text/plain"},
    ]
    code_page_something = 'help("print")'
    code_clear_output = "clearOutput()"
    support_iopub_welcome = True
