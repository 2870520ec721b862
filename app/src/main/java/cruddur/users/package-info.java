/**
 * Users of Cruddur Messages, kept in PostgreSQL: the connection ({@link cruddur.users.Database}),
 * an embedded server for machines without one ({@link cruddur.users.LocalPostgres}), the schema
 * ({@link cruddur.users.Migrations}), the queries ({@link cruddur.users.UserRepository}) and the
 * seed ({@link cruddur.users.SeedUsers}).
 */
package cruddur.users;
