// Package container/list as gomem provides it: the declarations the checker sees. The methods
// are implemented in __init__.py (List_PushBack is (*List).PushBack).
package list

// Element is an element of a linked list.
type Element struct {
	// Next and previous pointers in the doubly-linked list of elements. The list's root is
	// both the element before the front and the element after the back.
	next, prev *Element

	// The list to which this element belongs.
	list *List

	// The value stored with this element.
	Value any
}

func (e *Element) Next() *Element
func (e *Element) Prev() *Element

// List represents a doubly linked list. The zero value for List is an empty list ready to use.
type List struct {
	root Element // sentinel list element, only &root, root.prev, and root.next are used
	len  int     // current list length excluding (this) sentinel element
}

func (l *List) Init() *List
func New() *List
func (l *List) Len() int
func (l *List) Front() *Element
func (l *List) Back() *Element
func (l *List) Remove(e *Element) any
func (l *List) PushFront(v any) *Element
func (l *List) PushBack(v any) *Element
func (l *List) InsertBefore(v any, mark *Element) *Element
func (l *List) InsertAfter(v any, mark *Element) *Element
func (l *List) MoveToFront(e *Element)
func (l *List) MoveToBack(e *Element)
func (l *List) MoveBefore(e, mark *Element)
func (l *List) MoveAfter(e, mark *Element)
func (l *List) PushBackList(other *List)
func (l *List) PushFrontList(other *List)
