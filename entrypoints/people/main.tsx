import { mountPage } from '../../components/shared/mount';
import { PeopleApp } from '../../components/people/PeopleApp';

mountPage(PeopleApp);
