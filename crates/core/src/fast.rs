//! Hash maps for the loops that run per record, per finding or per frame: the standard
//! maps with foldhash, a fast hash seeded afresh for every map (so ids crafted in a file
//! cannot be made to collide on purpose), instead of the slower SipHash.

/// A `std::collections::HashMap` with a fast, per-map seeded hash.
pub type HashMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::RandomState>;

/// A `std::collections::HashSet` with a fast, per-map seeded hash.
pub type HashSet<K> = std::collections::HashSet<K, foldhash::fast::RandomState>;
