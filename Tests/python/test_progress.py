"""What a cell with a live progress bar leaves on screen, through jupyter_client: the finished bar and the
cell's result say the training's (sweep's) one-line summary once, not twice.

The cell's outputs are rebuilt as a frontend (JupyterLab, nbclient, and so an exported notebook) keeps
them: a display_data with a display_id is an output that later update_display_data messages with that id
replace; an execute_result is appended."""
from conftest import run

SETUP = """
let data = try Dataset.gaussianMixture(count: 256, inputSize: 6, classes: 3, seed: 4)
var net = MLP(input: 6, hidden: 5, hiddenLayers: 1, classes: 3, seed: 0)
"""
COMPLETED_BAR = "[" + "█" * 30 + "] 100% done"


def visible_outputs(outputs):
    """[(msg_type, text/plain)] of the cell's outputs in the order shown, each display at its last update."""
    shown, by_id = [], {}
    for kind, content in outputs:
        if kind in ("display_data", "execute_result"):
            shown.append([kind, content["data"].get("text/plain", "")])
            display_id = content.get("transient", {}).get("display_id")
            if display_id:
                by_id[display_id] = shown[-1]
        elif kind == "update_display_data":
            entry = by_id.get(content.get("transient", {}).get("display_id"))
            assert entry is not None, "an update for a display this cell did not show"
            entry[1] = content["data"].get("text/plain", "")
        elif kind == "stream":
            shown.append([kind, content["text"]])
    return [tuple(entry) for entry in shown]


def ok(kc, code, timeout=120):
    reply, outputs = run(kc, code, timeout=timeout)
    assert reply["status"] == "ok", f"{reply.get('ename')}: {reply.get('evalue')}\n{outputs}"
    return outputs


def test_training_as_the_cells_value_shows_its_summary_once(kernel):
    _, kc, _ = kernel
    ok(kc, SETUP)
    outputs = ok(kc, "try net.train(on: data, epochs: 3, batchSize: 16)")
    shown = visible_outputs(outputs)
    assert [kind for kind, _ in shown] == ["display_data", "execute_result"], shown
    bar, result = shown[0][1], shown[1][1]
    assert result.startswith("TrainingHistory(3 epochs"), result
    assert bar == "training " + COMPLETED_BAR, bar
    assert sum(text.count(result) for _, text in shown) == 1, shown
    # The bar was live, and ended as the summary, before the result made that redundant.
    updates = [content["data"]["text/plain"] for kind, content in outputs if kind == "update_display_data"]
    assert result in updates, updates
    assert updates[-1] == bar


def test_training_that_is_not_the_cells_value_keeps_its_summary_on_the_bar(kernel):
    _, kc, _ = kernel
    ok(kc, SETUP)
    shown = visible_outputs(ok(kc, "let history = try net.train(on: data, epochs: 2, batchSize: 16)\nhistory.epochLosses.count"))
    assert [kind for kind, _ in shown] == ["display_data", "execute_result"], shown
    assert shown[0][1].startswith("TrainingHistory(2 epochs"), shown
    assert shown[1][1] == "2"
    # In the next cell the history is new to that cell: shown in full, the earlier cell's bar untouched.
    shown = visible_outputs(ok(kc, "history"))
    assert [kind for kind, _ in shown] == ["execute_result"], shown
    assert shown[0][1].startswith("TrainingHistory(2 epochs"), shown


def test_sweep_as_the_cells_value_shows_its_first_line_once(kernel):
    _, kc, _ = kernel
    ok(kc, SETUP)
    shown = visible_outputs(ok(kc, "try Sweep.paperSweep(on: data, hiddenSizes: [3, 4], hiddenLayerCounts: [1], "
                                   "epochs: 1, batchSize: 32, permutations: 2)"))
    assert [kind for kind, _ in shown] == ["display_data", "execute_result"], shown
    bar, result = shown[0][1], shown[1][1]
    first_line = result.splitlines()[0]
    assert first_line.startswith("Sweep(2 configurations"), result
    assert bar == "sweep " + COMPLETED_BAR, bar
    assert sum(text.splitlines().count(first_line) for _, text in shown) == 1, shown


def test_a_displayed_history_also_counts_as_saying_the_summary(kernel):
    _, kc, _ = kernel
    ok(kc, SETUP)
    shown = visible_outputs(ok(kc, "let h = try net.train(on: data, epochs: 1, batchSize: 16)\ndisplay(h)\n1"))
    assert [kind for kind, _ in shown] == ["display_data", "display_data", "execute_result"], shown
    assert shown[0][1] == "training " + COMPLETED_BAR
    assert shown[1][1].startswith("TrainingHistory(1 epochs")
