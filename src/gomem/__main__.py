from gomem.cli import entry

entry()
