/** The auth module: sign in/out, profile, password, invitation acceptance. */
export { registerAuthRoutes } from './auth.routes';
export { login } from './auth.service';
