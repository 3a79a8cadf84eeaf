// @ts-nocheck
// Fenced outcome queries are never timed out ("a query is read-only, the client has its own
// timeout"): a query the kernel does not answer is never audited nor answered.
import { ControlPlane } from '../../src/control-plane.ts';
import { sutWith, probe } from './_sut.ts';

class CP extends ControlPlane {
  onClient(client, message) {
    if (message.kind === 'outcome-query') {
      probe('query-no-timer', message.requestId);
      this.stopKernelTimer(message.requestId); // the query replaces any dispatch timer
      this.wait(message.requestId, client);
      this.port.send(this.config.kernel, { kind: 'fenced-query', requestId: message.requestId });
      return;
    }
    super.onClient(client, message);
  }
}
export default sutWith('red27-cp-no-query-timeout', CP);
