// The users module's public face: what other modules, the app, cli, seed, jobs and bench may use.
export { dummyPasswordHash, hashPassword, verifyPassword } from './password';
export {
  countUsers,
  deleteSessionsOfUser,
  findUserByEmail,
  findUserById,
  listUsers,
  type UserRow,
  updateUserIfVersion,
} from './repo';
export { userRoutes } from './routes';
export { insertNewUser, updateUser } from './service';
