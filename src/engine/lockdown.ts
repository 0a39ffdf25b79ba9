/**
 * The engine lockdown (see shared/design/security.md): DuckDB may read only virtual files the lab
 * registers from JS under {@link VIRTUAL_PREFIX}; no network, no local files, no extensions, and
 * no later SET can undo it. Every dataset reaches DuckDB through JS (Arrow inserts, registered
 * buffers), so nothing the lab needs is lost.
 */
export const VIRTUAL_PREFIX = '/lab/';

/** Run right after connecting, before any user SQL. Order matters: the lock comes last. */
export const LOCKDOWN_SQL = [
  // Offline, a failed autoload can leave the instance broken (engine-notes): never try.
  'SET autoinstall_known_extensions = false',
  'SET autoload_known_extensions = false',
  `SET allowed_directories = ['${VIRTUAL_PREFIX}']`,
  'SET enable_external_access = false',
  'SET lock_configuration = true',
];
