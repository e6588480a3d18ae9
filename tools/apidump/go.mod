module gomem.dev/apidump

go 1.23
