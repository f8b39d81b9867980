// The English messages, one file per area so that work on one area does not touch another's.
import { mergeMessages } from '../../merge-messages';
import shell from './shell.json';
import auth from './auth.json';
import errors from './errors.json';
import units from './units.json';
import members from './members.json';
import initiatives from './initiatives.json';
import awards from './awards.json';
import movements from './movements.json';
import targets from './targets.json';
import dashboard from './dashboard.json';

export default mergeMessages(shell, auth, errors, units, members, initiatives, awards, movements, targets, dashboard);
