// IndexedDB for Node: every repository test runs against fake-indexeddb.
import 'fake-indexeddb/auto';
