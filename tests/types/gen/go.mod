module gomemlayoutgen

go 1.23
