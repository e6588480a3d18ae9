// Command apidump prints, as JSON, the exported API of standard Go packages as go/types sees
// it: every exported constant, variable, function, type, method of an exported type and
// method of an exported interface, with a signature in the textual form gomem's type
// objects print (gomem/types/types.py), and the reason it could not be implemented by gomem
// (reflect, unsafe, complex numbers, type parameters, syscall, io/fs, iter), if any.
//
// Usage: go run . PKG... > go_api.json   (run by tools/api_coverage.py)
package main

import (
	"encoding/json"
	"fmt"
	"go/constant"
	"go/importer"
	"go/token"
	"go/types"
	"os"
	"runtime"
	"sort"
	"strings"
)

// Item is one exported identifier of a package.
type Item struct {
	Kind   string `json:"kind"`             // const var func type method imethod
	Sig    string `json:"sig"`              // see sigOf
	Value  any    `json:"value,omitempty"`  // constants: string (ints, strings, bools) or float64
	Reason string `json:"reason,omitempty"` // why gomem cannot implement it; "" if it can
}

// Unimplementable packages: a declaration that mentions one of their types is out of reach.
var outOfReach = map[string]string{
	"reflect": "reflect", "unsafe": "unsafe", "syscall": "syscall", "io/fs": "io/fs", "iter": "iter",
}

func main() {
	fset := token.NewFileSet()
	imp := importer.ForCompiler(fset, "source", nil)
	out := map[string]any{"go": runtime.Version()}
	pkgs := map[string]map[string]Item{}
	for _, path := range os.Args[1:] {
		pkg, err := imp.Import(path)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		pkgs[path] = dump(pkg)
	}
	out["packages"] = pkgs
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", " ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(out); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func dump(pkg *types.Package) map[string]Item {
	items := map[string]Item{}
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		obj := scope.Lookup(name)
		if !obj.Exported() {
			continue
		}
		switch o := obj.(type) {
		case *types.Const:
			items[name] = Item{Kind: "const", Sig: typeString(o.Type()), Value: constValue(o.Val()), Reason: reason(o.Type())}
		case *types.Var:
			items[name] = Item{Kind: "var", Sig: typeString(o.Type()), Reason: reason(o.Type())}
		case *types.Func:
			sig := o.Type().(*types.Signature)
			r := reason(sig)
			if sig.TypeParams().Len() > 0 {
				r = "generic"
			}
			items[name] = Item{Kind: "func", Sig: typeString(sig), Reason: r}
		case *types.TypeName:
			dumpType(items, o)
		case *types.Builtin: // unsafe's functions: only StringData is in gomem's reach
			items[name] = builtinItem(o)
		}
	}
	return items
}

func dumpType(items map[string]Item, o *types.TypeName) {
	name := o.Name()
	t := o.Type()
	r := reason(t.Underlying())
	if n, ok := types.Unalias(t).(*types.Named); ok && n.TypeParams().Len() > 0 {
		r = "generic"
	}
	if o.IsAlias() {
		// An alias of another package's type (os.FileMode = fs.FileMode) needs that package.
		if r == "" {
			r = reason(types.Unalias(t))
		}
	}
	items[name] = Item{Kind: "type", Sig: "type " + kindString(t.Underlying()), Reason: r}
	if iface, ok := t.Underlying().(*types.Interface); ok {
		for i := 0; i < iface.NumMethods(); i++ {
			m := iface.Method(i)
			if !m.Exported() {
				continue
			}
			mr := r
			if mr == "" {
				mr = reason(m.Type())
			}
			items[name+"."+m.Name()] = Item{Kind: "imethod", Sig: typeString(m.Type()), Reason: mr}
		}
		return
	}
	// The methods of an alias (os.FileMode = fs.FileMode) are its target's.
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return
	}
	for i := 0; i < n.NumMethods(); i++ {
		m := n.Method(i)
		if !m.Exported() {
			continue
		}
		sig := m.Type().(*types.Signature)
		recv := "(" + name + ") "
		if _, ptr := sig.Recv().Type().(*types.Pointer); ptr {
			recv = "(*" + name + ") "
		}
		mr := r
		if mr == "" {
			mr = reason(sig)
		}
		items[name+"."+m.Name()] = Item{Kind: "method", Sig: recv + typeString(sig), Reason: mr}
	}
}

// kindString describes a declared type by its underlying type, except that structs and
// interfaces are only "struct" and "interface": their unexported fields are gomem's own, and
// interface methods are listed as items of their own.
func kindString(u types.Type) string {
	switch u.(type) {
	case *types.Struct:
		return "struct"
	case *types.Interface:
		return "interface"
	}
	return typeString(u)
}

func constValue(v constant.Value) any {
	switch v.Kind() {
	case constant.Float:
		f, _ := constant.Float64Val(v)
		return f
	case constant.String:
		return constant.StringVal(v)
	case constant.Complex:
		return v.ExactString()
	}
	return v.ExactString()
}

// reason reports why a type is out of gomem's reach, or "".
func reason(t types.Type) string {
	seen := map[types.Type]bool{}
	var walk func(t types.Type) string
	walk = func(t types.Type) string {
		if t == nil || seen[t] {
			return ""
		}
		seen[t] = true
		switch x := t.(type) {
		case *types.Alias:
			if p := x.Obj().Pkg(); p != nil && outOfReach[p.Path()] != "" {
				return outOfReach[p.Path()]
			}
			return walk(types.Unalias(x))
		case *types.Basic:
			switch x.Kind() {
			case types.Complex64, types.Complex128, types.UntypedComplex:
				return "complex"
			case types.UnsafePointer:
				return "unsafe"
			}
		case *types.Named:
			if p := x.Obj().Pkg(); p != nil && outOfReach[p.Path()] != "" {
				return outOfReach[p.Path()]
			}
			if x.TypeParams().Len() > 0 || x.TypeArgs().Len() > 0 {
				return "generic"
			}
		case *types.TypeParam:
			return "generic"
		case *types.Pointer:
			return walk(x.Elem())
		case *types.Slice:
			return walk(x.Elem())
		case *types.Array:
			return walk(x.Elem())
		case *types.Map:
			if r := walk(x.Key()); r != "" {
				return r
			}
			return walk(x.Elem())
		case *types.Chan:
			return walk(x.Elem())
		case *types.Signature:
			if x.TypeParams().Len() > 0 {
				return "generic"
			}
			for _, tup := range []*types.Tuple{x.Params(), x.Results()} {
				for i := 0; i < tup.Len(); i++ {
					if r := walk(tup.At(i).Type()); r != "" {
						return r
					}
				}
			}
		case *types.Struct:
			for i := 0; i < x.NumFields(); i++ {
				if f := x.Field(i); f.Exported() {
					if r := walk(f.Type()); r != "" {
						return r
					}
				}
			}
		case *types.Interface:
			for i := 0; i < x.NumMethods(); i++ {
				if r := walk(x.Method(i).Type()); r != "" {
					return r
				}
			}
		}
		return ""
	}
	return walk(t)
}

// typeString prints t as gomem's types print (gomem/types/types.py __str__): named types
// qualified by package name, byte and rune as uint8 and int32, the empty interface as
// "interface {}", signatures without parameter names.
func typeString(t types.Type) string {
	switch x := t.(type) {
	case *types.Alias:
		// os.FileMode = fs.FileMode prints as fs.FileMode, as gomem's stand-ins do (and %T).
		return typeString(types.Unalias(x))
	case *types.Basic:
		switch x.Kind() {
		case types.Byte:
			return "uint8"
		case types.Rune:
			return "int32"
		}
		return x.Name()
	case *types.Named:
		if x.Obj().Pkg() == nil {
			return x.Obj().Name()
		}
		s := x.Obj().Pkg().Name() + "." + x.Obj().Name()
		if x.TypeArgs().Len() > 0 {
			var args []string
			for i := 0; i < x.TypeArgs().Len(); i++ {
				args = append(args, typeString(x.TypeArgs().At(i)))
			}
			s += "[" + strings.Join(args, ", ") + "]"
		}
		return s
	case *types.TypeParam:
		return x.Obj().Name()
	case *types.Pointer:
		return "*" + typeString(x.Elem())
	case *types.Slice:
		return "[]" + typeString(x.Elem())
	case *types.Array:
		return fmt.Sprintf("[%d]%s", x.Len(), typeString(x.Elem()))
	case *types.Map:
		return "map[" + typeString(x.Key()) + "]" + typeString(x.Elem())
	case *types.Chan:
		switch x.Dir() {
		case types.SendOnly:
			return "chan<- " + typeString(x.Elem())
		case types.RecvOnly:
			return "<-chan " + typeString(x.Elem())
		}
		e := typeString(x.Elem())
		if c, ok := x.Elem().(*types.Chan); ok && c.Dir() == types.RecvOnly {
			e = "(" + e + ")"
		}
		return "chan " + e
	case *types.Struct:
		if x.NumFields() == 0 {
			return "struct {}"
		}
		var parts []string
		for i := 0; i < x.NumFields(); i++ {
			f := x.Field(i)
			if f.Embedded() {
				parts = append(parts, typeString(f.Type()))
			} else {
				parts = append(parts, f.Name()+" "+typeString(f.Type()))
			}
		}
		return "struct { " + strings.Join(parts, "; ") + " }"
	case *types.Interface:
		if x.NumMethods() == 0 {
			return "interface {}"
		}
		var ms []string
		for i := 0; i < x.NumMethods(); i++ {
			m := x.Method(i)
			ms = append(ms, m.Name()+strings.TrimPrefix(typeString(m.Type()), "func"))
		}
		sort.Strings(ms)
		return "interface { " + strings.Join(ms, "; ") + " }"
	case *types.Signature:
		var ps []string
		for i := 0; i < x.Params().Len(); i++ {
			p := x.Params().At(i).Type()
			if x.Variadic() && i == x.Params().Len()-1 {
				ps = append(ps, "..."+typeString(p.(*types.Slice).Elem()))
			} else {
				ps = append(ps, typeString(p))
			}
		}
		s := "func(" + strings.Join(ps, ", ") + ")"
		switch r := x.Results(); r.Len() {
		case 0:
		case 1:
			s += " " + typeString(r.At(0).Type())
		default:
			var rs []string
			for i := 0; i < r.Len(); i++ {
				rs = append(rs, typeString(r.At(i).Type()))
			}
			s += " (" + strings.Join(rs, ", ") + ")"
		}
		return s
	}
	return t.String()
}

// builtinItem describes a function of package unsafe (a builtin without a signature of its
// own): StringData with the signature its documentation gives, the others out of reach.
func builtinItem(o *types.Builtin) Item {
	if o.Name() == "StringData" {
		str := types.NewVar(0, nil, "str", types.Typ[types.String])
		res := types.NewVar(0, nil, "", types.NewPointer(types.Universe.Lookup("byte").Type()))
		sig := types.NewSignatureType(nil, nil, nil, types.NewTuple(str), types.NewTuple(res), false)
		return Item{Kind: "func", Sig: typeString(sig)}
	}
	return Item{Kind: "func", Sig: "builtin", Reason: "unsafe"}
}
