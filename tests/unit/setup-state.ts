// The same IndexedDB the unit project's repositories are tested against.
import 'fake-indexeddb/auto';
