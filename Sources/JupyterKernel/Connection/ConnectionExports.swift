// The connection file and JSONValue live in JupyterConnection (which the launcher uses without ZeroMQ);
// everything that imports JupyterKernel sees it.
@_exported import JupyterConnection
