// Package url (net/url) as gomem provides it: the subset net/http's requests need (a URL's
// parts, its query as Values). Body-less functions are in __init__.py.
package url

// A URL represents a parsed URL.
type URL struct {
	Scheme      string
	Opaque      string
	Host        string
	Path        string
	RawPath     string
	OmitHost    bool
	ForceQuery  bool
	RawQuery    string
	Fragment    string
	RawFragment string
}

// Values maps a string key to a list of values.
type Values map[string][]string

// Get gets the first value associated with the given key.
func (v Values) Get(key string) string {
	vs := v[key]
	if len(vs) == 0 {
		return ""
	}
	return vs[0]
}

// Set sets the key to value. It replaces any existing values.
func (v Values) Set(key, value string) {
	v[key] = []string{value}
}

// Add adds the value to key. It appends to any existing values associated with key.
func (v Values) Add(key, value string) {
	v[key] = append(v[key], value)
}

// Del deletes the values associated with key.
func (v Values) Del(key string) {
	delete(v, key)
}

// Has checks whether a given key is set.
func (v Values) Has(key string) bool {
	_, ok := v[key]
	return ok
}

// ParseQuery parses the URL-encoded query string and returns a map listing the values
// specified for each key.
func ParseQuery(query string) (Values, error) {
	m := make(Values)
	pairs, bad := splitQuery(query)
	for i := 0; i+1 < len(pairs); i += 2 {
		m[pairs[i]] = append(m[pairs[i]], pairs[i+1])
	}
	if bad != "" {
		return m, escapeError(bad)
	}
	return m, nil
}

// splitQuery decodes query into key, value, key, value...; bad is the first undecodable part.
func splitQuery(query string) (pairs []string, bad string)

type escapeError string

func (e escapeError) Error() string {
	return "invalid URL escape " + quote(string(e))
}

func quote(s string) string

// Query parses RawQuery and returns the corresponding values, silently discarding malformed
// value pairs.
func (u *URL) Query() Values {
	v, _ := ParseQuery(u.RawQuery)
	return v
}

// EscapedPath returns the escaped form of u.Path.
func (u *URL) EscapedPath() string

// String reassembles the URL into a valid URL string.
func (u *URL) String() string

// QueryEscape escapes the string so it can be safely placed inside a URL query.
func QueryEscape(s string) string

// PathEscape escapes the string so it can be safely placed inside a URL path segment.
func PathEscape(s string) string
