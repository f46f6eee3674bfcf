// bottleneck's light build (no clustering) is the one @octokit/plugin-throttling uses; it has the main build's API.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
