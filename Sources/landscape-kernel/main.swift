import ArgumentParser
import JupyterKernel
import CellLanguage
print("landscape-kernel")
