// Independent check of pl's checkpoint notes with Go's golang.org/x/mod/sumdb/note (Debian's
// golang-golang-x-mod-dev), built offline in GOPATH mode by test/independent/go-note.test.ts.
//
// Usage: note_verify VKEY NOTEFILE
//
// Prints one JSON object: {"ok":true,"origin":…,"size":…,"root":"<hex>"} when the note is signed by
// VKEY and its text is a tlog-checkpoint (origin, decimal size, base64 of a 32-byte root), and
// exits 0; otherwise {"ok":false,"error":…} and exits 1. A malformed VKEY exits 2.
package main

import (
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"strconv"
	"strings"

	"golang.org/x/mod/sumdb/note"
)

type result struct {
	OK     bool   `json:"ok"`
	Error  string `json:"error,omitempty"`
	Origin string `json:"origin,omitempty"`
	Size   uint64 `json:"size"`
	Root   string `json:"root,omitempty"`
}

func finish(r result, code int) {
	out, _ := json.Marshal(r)
	fmt.Println(string(out))
	os.Exit(code)
}

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: note_verify VKEY NOTEFILE")
		os.Exit(2)
	}
	verifier, err := note.NewVerifier(os.Args[1])
	if err != nil {
		finish(result{Error: "verifier key: " + err.Error()}, 2)
	}
	msg, err := os.ReadFile(os.Args[2])
	if err != nil {
		finish(result{Error: err.Error()}, 2)
	}
	n, err := note.Open(msg, note.VerifierList(verifier))
	if err != nil {
		finish(result{Error: err.Error()}, 1)
	}
	// tlog-checkpoint: origin, tree size, base64 root hash, each ending in a newline.
	lines := strings.Split(strings.TrimSuffix(n.Text, "\n"), "\n")
	if len(lines) < 3 || lines[0] == "" {
		finish(result{Error: "not a tlog-checkpoint: fewer than three lines"}, 1)
	}
	size, err := strconv.ParseUint(lines[1], 10, 64)
	if err != nil || strconv.FormatUint(size, 10) != lines[1] {
		finish(result{Error: "not a tlog-checkpoint: bad tree size"}, 1)
	}
	root, err := base64.StdEncoding.DecodeString(lines[2])
	if err != nil || len(root) != 32 {
		finish(result{Error: "not a tlog-checkpoint: bad root hash"}, 1)
	}
	if n.Sigs[0].Name != lines[0] {
		finish(result{Error: "the key name is not the origin"}, 1)
	}
	finish(result{OK: true, Origin: lines[0], Size: size, Root: hex.EncodeToString(root)}, 0)
}
