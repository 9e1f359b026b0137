#!/bin/sh
# The git CLI doing what `itaplan snapshot` does, with plumbing commands:
# the same snapshot tree (snapshot.json, findings.json, summary.md,
# status/<plan>.json for every plan, plans/...) committed on
# refs/itaplan/snapshots, parented on the previous snapshot, the ref moved by
# compare-and-swap.
#
#   bench/git-snapshot-plumbing.sh [--naive] RENDERED_DIR
#
# Run inside the repository. RENDERED_DIR holds snapshot.json,
# findings.json, summary.md and the status/ folder as itaplan rendered them
# (bench/run takes them out of an itaplan snapshot with `git archive`), so
# this does none of itaplan's checking or rendering: it is only the git work.
# The status files and the plans folder are hashed and written in one
# batched `git hash-object -w --stdin-paths`, or with --naive one
# `git hash-object -w` process per file; then one `git mktree` per folder,
# `git commit-tree` and `git update-ref`.
set -eu

naive=0
if [ "${1:-}" = "--naive" ]; then naive=1; shift; fi
rendered=${1:?usage: git-snapshot-plumbing.sh [--naive] RENDERED_DIR}
rendered=$(cd "$rendered" && pwd)
ref=refs/itaplan/snapshots
plans=plans

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

source_commit=$(git rev-parse --verify 'HEAD^{commit}')
git hash-object -w "$rendered/snapshot.json" "$rendered/findings.json" "$rendered/summary.md" > "$tmp/top"
metadata=$(sed -n 1p "$tmp/top")
findings=$(sed -n 2p "$tmp/top")
summary=$(sed -n 3p "$tmp/top")

# Every file to store, as "file system path<TAB>path in the snapshot tree":
# the plans from the working tree, the status files from RENDERED_DIR.
{
    find "$plans" -type f | awk '{ printf "%s\t%s\n", $0, $0 }'
    (cd "$rendered" && find status -type f) | awk -v r="$rendered" '{ printf "%s/%s\t%s\n", r, $0, $0 }'
} | LC_ALL=C sort -t "$(printf '\t')" -k2 > "$tmp/both"
cut -f1 "$tmp/both" > "$tmp/paths"
cut -f2 "$tmp/both" > "$tmp/names"
if [ "$naive" = 1 ]; then
    while IFS= read -r path; do git hash-object -w "$path"; done < "$tmp/paths" > "$tmp/blobs"
else
    git hash-object -w --stdin-paths < "$tmp/paths" > "$tmp/blobs"
fi
paste "$tmp/blobs" "$tmp/names" > "$tmp/files"

# One `git mktree` per folder, deepest first; each folder's tree id goes into
# its parent's entries.
awk -F'\t' '{ n = split($2, part, "/"); d = part[1]; for (i = 2; i < n; i++) { print d; d = d "/" part[i] } print d }' \
    "$tmp/files" | LC_ALL=C sort -u | awk -F/ '{ print NF "\t" $0 }' | LC_ALL=C sort -k1,1nr -k2 | cut -f2 > "$tmp/dirs"
: > "$tmp/trees"
while IFS= read -r dir; do
    {
        awk -F'\t' -v d="$dir" '{ p = $2; if (substr(p, 1, length(d) + 1) == d "/" && index(substr(p, length(d) + 2), "/") == 0)
            printf "100644 blob %s\t%s\n", $1, substr(p, length(d) + 2) }' "$tmp/files"
        awk -F'\t' -v d="$dir" '{ p = $2; if (substr(p, 1, length(d) + 1) == d "/" && index(substr(p, length(d) + 2), "/") == 0)
            printf "040000 tree %s\t%s\n", $1, substr(p, length(d) + 2) }' "$tmp/trees"
    } | git mktree > "$tmp/tree-id"
    printf '%s\t%s\n' "$(cat "$tmp/tree-id")" "$dir" >> "$tmp/trees"
done < "$tmp/dirs"
plans_tree=$(awk -F'\t' -v d="$plans" '$2 == d { print $1 }' "$tmp/trees")
status_tree=$(awk -F'\t' '$2 == "status" { print $1 }' "$tmp/trees")

tree=$(printf '100644 blob %s\tfindings.json\n040000 tree %s\t%s\n100644 blob %s\tsnapshot.json\n040000 tree %s\tstatus\n100644 blob %s\tsummary.md\n' \
    "$findings" "$plans_tree" "$plans" "$metadata" "$status_tree" "$summary" | git mktree)

previous=$(git rev-parse -q --verify "$ref" || true)
message="git-cli snapshot of $(git rev-parse --short "$source_commit")

Source-Commit: $source_commit
"
if [ -n "$previous" ]; then
    commit=$(printf '%s' "$message" | git commit-tree "$tree" -p "$previous")
else
    commit=$(printf '%s' "$message" | git commit-tree "$tree")
fi
# Compare-and-swap: fails if the ref moved since it was read ("" = must not exist).
git update-ref -m "git-cli snapshot" "$ref" "$commit" "$previous"
echo "$commit"
