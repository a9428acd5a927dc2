// goverify checks saiguard ledger output with Go's own transparency-log
// code (golang.org/x/mod/sumdb/note and sumdb/tlog), an implementation
// independent of saiguard's. Built by tests/ledger/test_interop.sh with
//
//	GO111MODULE=off GOPATH=/usr/share/gocode go build
//
// Usage:
//
//	goverify checkpoint VKEY NOTE                 verify a signed checkpoint
//	goverify inclusion VKEY NOTE PROOF.json       verify `ledger prove N --format json`
//	goverify consistency VKEY OLD NEW PROOF.json  verify `ledger prove --from M --format json`
//	goverify leaves VKEY NOTE EXPORT.jsonl        rebuild the tree from `ledger export`
//	goverify sign SKEYFILE TEXTFILE               sign text with a saiguard key file
//
// Exits 0 when the check passes, 1 with a message otherwise.
package main

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"os"
	"strconv"
	"strings"

	"golang.org/x/mod/sumdb/note"
	"golang.org/x/mod/sumdb/tlog"
)

type checkpoint struct {
	origin string
	size   int64
	root   tlog.Hash
}

func fail(format string, args ...interface{}) {
	fmt.Fprintf(os.Stderr, "goverify: "+format+"\n", args...)
	os.Exit(1)
}

func read(path string) []byte {
	b, err := os.ReadFile(path)
	if err != nil {
		fail("%v", err)
	}
	return b
}

func hash(s string) tlog.Hash {
	var h tlog.Hash
	b, err := base64.StdEncoding.DecodeString(s)
	if err != nil || len(b) != len(h) {
		fail("bad hash %q", s)
	}
	copy(h[:], b)
	return h
}

func open(vkey string, path string) checkpoint {
	v, err := note.NewVerifier(strings.TrimSpace(vkey))
	if err != nil {
		fail("verifier key: %v", err)
	}
	n, err := note.Open(read(path), note.VerifierList(v))
	if err != nil {
		fail("%s: %v", path, err)
	}
	lines := strings.Split(n.Text, "\n")
	if len(lines) < 4 || lines[0] != v.Name() {
		fail("%s: not a checkpoint of %s", path, v.Name())
	}
	size, err := strconv.ParseInt(lines[1], 10, 64)
	if err != nil || size < 0 {
		fail("%s: bad tree size", path)
	}
	return checkpoint{lines[0], size, hash(lines[2])}
}

type proofJSON struct {
	Index    *int64   `json:"index"`
	OldSize  *int64   `json:"old_size"`
	TreeSize int64    `json:"tree_size"`
	LeafHash string   `json:"leaf_hash"`
	Proof    []string `json:"proof"`
}

func loadProof(path string) (proofJSON, []tlog.Hash) {
	var p proofJSON
	if err := json.Unmarshal(read(path), &p); err != nil {
		fail("%s: %v", path, err)
	}
	hs := make([]tlog.Hash, len(p.Proof))
	for i, s := range p.Proof {
		hs[i] = hash(s)
	}
	return p, hs
}

func main() {
	if len(os.Args) < 3 {
		fail("usage: goverify checkpoint|inclusion|consistency|leaves|sign ...")
	}
	switch os.Args[1] {
	case "checkpoint":
		c := open(os.Args[2], os.Args[3])
		fmt.Printf("ok %s %d %s\n", c.origin, c.size, c.root)
	case "inclusion":
		c := open(os.Args[2], os.Args[3])
		p, hs := loadProof(os.Args[4])
		if p.Index == nil || p.TreeSize != c.size {
			fail("proof is not for the checkpoint's tree")
		}
		if err := tlog.CheckRecord(hs, c.size, c.root, *p.Index, hash(p.LeafHash)); err != nil {
			fail("inclusion of %d: %v", *p.Index, err)
		}
		fmt.Printf("ok inclusion %d in %d\n", *p.Index, c.size)
	case "consistency":
		old := open(os.Args[2], os.Args[3])
		cur := open(os.Args[2], os.Args[4])
		p, hs := loadProof(os.Args[5])
		if p.OldSize == nil || *p.OldSize != old.size || p.TreeSize != cur.size {
			fail("proof is not between these checkpoints")
		}
		if err := tlog.CheckTree(hs, cur.size, cur.root, old.size, old.root); err != nil {
			fail("consistency %d -> %d: %v", old.size, cur.size, err)
		}
		fmt.Printf("ok consistency %d -> %d\n", old.size, cur.size)
	case "leaves":
		c := open(os.Args[2], os.Args[3])
		data := bytes.TrimSuffix(read(os.Args[4]), []byte("\n"))
		var stored []tlog.Hash
		reader := tlog.HashReaderFunc(func(idx []int64) ([]tlog.Hash, error) {
			out := make([]tlog.Hash, len(idx))
			for i, x := range idx {
				out[i] = stored[x]
			}
			return out, nil
		})
		n := int64(0)
		if len(data) > 0 {
			for _, line := range bytes.Split(data, []byte("\n")) {
				hs, err := tlog.StoredHashes(n, line, reader)
				if err != nil {
					fail("%v", err)
				}
				stored = append(stored, hs...)
				n++
			}
		}
		if n != c.size {
			fail("export has %d entries, checkpoint %d", n, c.size)
		}
		root, err := tlog.TreeHash(n, reader)
		if err != nil {
			fail("%v", err)
		}
		if root != c.root {
			fail("exported entries hash to %s, checkpoint says %s", root, c.root)
		}
		fmt.Printf("ok leaves %d\n", n)
	case "sign":
		s, err := note.NewSigner(strings.TrimSpace(string(read(os.Args[2]))))
		if err != nil {
			fail("signer: %v", err)
		}
		msg, err := note.Sign(&note.Note{Text: string(read(os.Args[3]))}, s)
		if err != nil {
			fail("sign: %v", err)
		}
		os.Stdout.Write(msg)
	default:
		fail("unknown check %q", os.Args[1])
	}
}
