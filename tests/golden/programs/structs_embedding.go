package main

import "fmt"

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return fmt.Sprintf("Base(%d, %s)", b.ID, b.Name) }

func (b *Base) Rename(n string) { b.Name = n }

type Timestamps struct {
	Created int
	Updated int
}

func (t *Timestamps) Touch(now int) { t.Updated = now }

type User struct {
	Base
	*Timestamps
	Email string
}

type Admin struct {
	User
	Level int
	Name  string // shadows Base.Name
}

func main() {
	u := User{Base: Base{1, "ann"}, Timestamps: &Timestamps{10, 10}, Email: "a@x"}
	// promoted fields
	fmt.Println(u.ID, u.Name, u.Created, u.Email)
	// promoted methods (value and pointer receivers)
	fmt.Println(u.Describe())
	u.Rename("anna")
	u.Touch(20)
	fmt.Println(u.Name, u.Base.Name, u.Updated, u.Timestamps.Updated)

	a := Admin{User: u, Level: 3, Name: "root"}
	fmt.Println(a.Name, a.User.Name, a.Base.Name, a.ID, a.Level)
	fmt.Println(a.Describe())
	a.Rename("changed")
	fmt.Println(a.Name, a.Base.Name, u.Name)

	// the embedded pointer is shared between copies
	a.Touch(99)
	fmt.Println(u.Updated)

	// printing embedded structs
	b := Base{7, "seven"}
	type Wrapper struct {
		Base
		Extra bool
	}
	w := Wrapper{b, true}
	fmt.Printf("%v\n%+v\n", w, w)

	// method set via embedding satisfies interfaces
	var d interface{ Describe() string } = w
	fmt.Println(d.Describe())
	var r interface{ Rename(string) } = &w
	r.Rename("renamed")
	fmt.Println(w.Name)
}
