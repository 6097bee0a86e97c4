export * from './vocabulary';
export * from './schemas/story';
export * from './schemas/comment';
export * from './schemas/problem';
export * from './schemas/account';
export * from './schemas/moderation';
export * from './place';
