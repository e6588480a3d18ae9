module gomemgen

go 1.23
