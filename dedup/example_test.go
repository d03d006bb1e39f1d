package dedup_test

import (
	"fmt"

	"crosscheck/dedup"
)

func ExampleIndex() {
	ix := dedup.NewIndex(dedup.DefaultOptions())
	wire := "The council voted on Tuesday to close the harbour bridge for repairs after engineers found cracks in two steel supports during an inspection last month."
	ix.Add("wire", wire)
	m := ix.Add("copy", "The council voted on Monday to close the harbour bridge for repairs after engineers found cracks in two steel supports during an inspection last month.")
	fmt.Printf("%s %.1f\n", m.NearOf, m.Similarity)
	m = ix.Add("same", "THE COUNCIL VOTED ON TUESDAY TO CLOSE THE HARBOUR BRIDGE FOR REPAIRS AFTER ENGINEERS FOUND CRACKS IN TWO STEEL SUPPORTS DURING AN INSPECTION LAST MONTH")
	fmt.Println(m.ExactOf)
	fmt.Println(ix.Groups())
	// Output:
	// wire 0.6
	// wire
	// [{[wire copy same] false}]
}

func ExampleContainment() {
	quoted := dedup.Shingles("We cannot take any risk with public safety, the council leader said.", 3)
	story := dedup.Shingles("The bridge will close in March. We cannot take any risk with public safety, the council leader said. Repairs start soon.", 3)
	fmt.Printf("%.2f %.2f\n", dedup.Containment(quoted, story), dedup.Jaccard(quoted, story))
	// Output: 1.00 0.53
}
